"""A sentence opened by a question put long ago: "Asked last year about reports that 5,000
troops had gone to the front, the minister said ...". The opening participle dates the
question, so the figures the question retells are history; the answer after the comma is
the sentence's own news. Only a year-scale past counts ("last year", "two years ago"):
"Asked on Tuesday about ..." is the week's news, and "in 2025" may be this year."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_ASKED = frozenset({"asked", "questioned", "pressed"})
_AGO_REACH = 4  # "Asked two years ago about"


def asked_long_ago(s: Sentence, f: Figure) -> bool:
    """Whether the figure lies in an opening "Asked <a past year> about ..." clause."""
    lowers = s.lowers
    if lowers[s.start] not in _ASKED or s.start + 2 >= s.end:
        return False  # nearly every sentence: one word test
    # The figure must come before the comma that ends the question.
    return "," not in lowers[s.start : f.start] and _year_ago(lowers, s.start + 1, s.end)


def _year_ago(lowers: list[str], k: int, end: int) -> bool:
    """Whether a year-scale past date opens at token k."""
    if lowers[k : k + 2] == ["last", "year"]:
        return True
    stop = min(end, k + _AGO_REACH)
    ago = next((j for j in range(k, stop) if lowers[j] == "ago"), None)
    return ago is not None and lowers[ago - 1] in {"year", "years"}
