"""A step on "an agreement" is a new document, not the treaty an anniversary marked.

"This year marks the 25th anniversary of the signing of the treaty. ... After the talks,
the two premiers signed a joint communique and an agreement on space": the anniversary's
treaty is told with "the"; the documents signed at the meeting come with "a" or "an",
which is how news introduces something the reader has not met. Such a step is today's, not
the anniversary's step told again.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.models import Event
from bot.nlp.context import Sentence
from bot.nlp.treaty_words import TREATY_NOUNS

_INDEFINITE = frozenset({"a", "an", "another", "new"})
_REACH = 4  # "an intergovernmental agreement", "a new bilateral trade agreement"


def new_document(s: Sentence, step: Event) -> bool:
    """Whether the treaty noun of `step` (found in the sentence `s`) is introduced with an
    indefinite article: a document first told here."""
    if _INDEFINITE.isdisjoint(s.words):
        return False  # most sentences: no indefinite word at all
    idxs = s.tokens.idxs
    first = max(s.start, bisect_left(idxs, step.start, s.start, s.end))
    last = bisect_left(idxs, step.end, first, s.end) - 1
    lowers = s.lowers
    nouns = [k for k in (last, first) if s.start <= k < s.end and lowers[k] in TREATY_NOUNS]
    if not nouns:
        return False
    k = nouns[0]
    for j in range(k - 1, max(s.start - 1, k - 1 - _REACH), -1):
        if lowers[j] in _INDEFINITE:
            return True
        if not s.texts[j].isalpha() or lowers[j] in {"the", "its", "this", "that"}:
            return False
    return False
