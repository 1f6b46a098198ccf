"""Where a sentence's own words begin past a transcript's turn label: "A: The claim that ...",
"PRICE: Yes.", "CHAIR HELEN MARSH: Minister, ...". A rule that reads a sentence's subject
from its first word must look past the label, which names who speaks, not what is said.

Only a short run of capitalised words counts as a label: "Kyiv's estimate: 5,000 troops" has a
lower-case word before its colon, and "Moscow said on Monday: ..." runs past the reach."""

from __future__ import annotations

from bot.nlp.context import Sentence

_REACH = 4  # "CHAIR HELEN MARSH", "Ambassador Viktor Lomakin": label words at most


def after_turn_label(s: Sentence, *, reach: int = _REACH, capitals: bool = False) -> int:
    """The first token after a leading "<Label>:" turn label of at most `reach` words, or
    the sentence's start. With `capitals`, only a label in capitals counts ("KESSLER:",
    "Q:"), as a transcript's speaker tags are written."""
    for k in range(s.start, min(s.end - 1, s.start + reach + 1)):
        if s.texts[k] == ":":
            return k + 1 if k > s.start else s.start
        word = s.texts[k]
        if not (word.isupper() if capitals else word[:1].isupper()):
            return s.start
    return s.start
