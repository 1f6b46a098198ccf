"""A daily count an agency recalls "as reported earlier": "As reported earlier, the General
Staff estimated Russia's losses over the past day at 1,040 personnel." "Said earlier" (see
`earlier_sayings`) puts a claim before the news, and "As ... reported earlier," opens a
recap of the outlet's older reports (`recaps.recap_opening`), but a count of "the past day"
or "the last 24 hours" is the news day's own: the earlier report can only be from the same
news cycle, so its figures stay reported. "Said earlier this month" is left alone: that
stretch of the calendar is not the news day. So is a recap of the running total ("the total
combat losses since February 2022 amounted to ..., including 1,020 over the past day"): the
standing tally an agency appends to unrelated stories is background, and the day's share is
told only within it."""

from __future__ import annotations

from bot.nlp.context import Sentence

_RECENT = frozenset({"past", "last"})
_EARLIER = frozenset({"earlier", "previously"})
# Words of a running total the past day's count is only a part of.
_RUNNING = frozenset({"total", "overall", "cumulative", "including", "since"})
# What "past"/"last" must precede to name the day just gone.
_DAY_SPANS = (("day",), ("24", "hours"), ("twenty-four", "hours"))


def past_day_recall(s: Sentence) -> bool:
    """Whether the sentence counts "over the past day" / "in the last 24 hours" and recalls
    its source's words with a bare "earlier" / "previously", not "earlier this week"."""
    if _RECENT.isdisjoint(s.words) or _EARLIER.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    if not _RUNNING.isdisjoint(s.words):
        return False  # "the total losses ..., including 1,020 over the past day"
    lowers = s.lowers
    if any(lowers[k : k + 2] == ["earlier", "this"] for k in range(s.start, s.end - 1)):
        return False  # "said earlier this week": another day
    for k in range(s.start, s.end - 1):
        if lowers[k] in _RECENT and any(
            tuple(lowers[k + 1 : k + 1 + len(span)]) == span for span in _DAY_SPANS
        ):
            return True
    return False
