""""Russia launched a record 810 drones in a single night last month": a count told for one
night or one attack, and that occasion dated to last month, is a past event weeks before the
story; the reader meets it as the lead-up to the news. A month's total ("fired 6,000 drones
last month") is the month's statistic a story may report as its news, so only a count tied to
one occasion ("in a single night", "in one attack") counts; "last week" may still be news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dated_occasions import dated_occasion
from bot.nlp.figures import Figure

# The one occasion a count is told for, named just before its date.
_OCCASIONS = frozenset(
    {"night", "day", "attack", "raid", "strike", "barrage", "assault", "salvo", "wave"}
)  # fmt: skip
_PERIODS = frozenset({"month"})  # "last month": weeks back; "last week" may be the news
_BREAKS = frozenset({",", ";", ":", "(", "since"})
_REACH = 10  # "810 drones and decoys at Ukraine in a single night last month"


def past_occasion(s: Sentence, f: Figure) -> bool:
    """The figure's clause goes on to "<occasion> last month", or describes a stale dated
    occasion (dated_occasions.py)."""
    if dated_occasion(s, f):
        return True  # "in September during the drills, which involved 30,000 troops"
    after = s.lowers[f.end : min(s.end, f.end + _REACH)]
    if "last" not in after or _OCCASIONS.isdisjoint(after):
        return False  # nearly every figure: two scans in C
    for k in range(f.end + 1, min(s.end - 1, f.end + _REACH)):
        if s.lowers[k] in _BREAKS:
            return False  # "..., the record set last month": another clause's date
        if s.lowers[k] == "last" and s.lowers[k + 1] in _PERIODS:
            return s.lowers[k - 1] in _OCCASIONS
    return False
