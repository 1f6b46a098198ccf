"""A size a dated claim keeps in the present tense: "Syrskyi said last week that Russia's
grouping numbers about 700,000 troops". News writing backshifts what a source said before
("said last week that 11,000 had arrived"); a sizing verb left in the present tells a state
that still holds, so the figure stays news however old the briefing. Only sizing verbs count:
"said last week that 3,000 are killed each month" is left to the other rules.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.models import Quantity
from bot.nlp.context import Sentence

_PRESENT_SIZING = frozenset({"numbers", "totals", "stands"})
# Words that may stand between the verb and the figure: "numbers about", "stands at roughly".
_BETWEEN = frozenset({"at", "about", "around", "roughly", "some", "nearly", "almost", "over",
                      "approximately", "now", "currently", "still", "more", "than", "up", "to"})
_REACH = 4  # "stands at more than 700,000"


def present_size(s: Sentence, q: Quantity) -> bool:
    """Whether a present-tense sizing verb ("numbers", "totals", "stands at") stands just
    before the figure, with only qualifiers between."""
    if _PRESENT_SIZING.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    k = bisect_left(s.tokens.idxs, q.start) - 1
    floor = max(s.start, k - _REACH)
    while k > floor and s.lowers[k] in _BETWEEN:
        k -= 1
    if s.lowers[k] not in _PRESENT_SIZING:
        return False
    # "the unit stands ready with 700,000": "stands" sizes only with "at".
    return s.lowers[k] != "stands" or s.lowers[k + 1] == "at"
