""""As reported, ..." opens an agency's recap of its own earlier reports, set before the
day's news ("As reported, the ministry earlier informed that ..."): background. But a recap
that dates what it retells to the dateline's own day ("As reported, on the night of November
26, Russia attacked with 134 drones" under "KYIV, November 26") retells the day's news, which
is still news: a brief adds it to what the day's other sources said. So does a recap of the
day's tally ("As reported, the General Staff said Russia had lost 1,020 troops over the past
day"): a count over the last day or 24 hours is dated to the news by its own words. A bare
weekday ("As reported, the intelligence service said on Tuesday that ...") names a day of the
news's own week ("last Tuesday" is a week before), so that recap is the week's news too.
A recap dated to any other day by its date ("As reported, on February 27 the intelligence
service said ..." under "KYIV, March 3") retells an earlier report: background, as "on the
previous day" is."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import days_before, month_day
from bot.nlp.earlier_openings import earlier_claim_opening
from bot.nlp.lexicon import WEEKDAYS

_RECAP_OPENINGS = frozenset({("as", "reported", ","), ("as", "previously", "reported")})


def recap_background(s: Sentence) -> bool:
    """Whether the sentence opens a recap of earlier reports that is not dated to the news."""
    if earlier_claim_opening(s):
        return True  # "Earlier the ministry claimed that ...": told before the news
    if s.lowers[s.start] != "as" or tuple(s.lowers[s.start : s.start + 3]) not in _RECAP_OPENINGS:
        return False
    return not (_dated_to_the_news(s) or _day_tally(s) or _this_week(s))


def _this_week(s: Sentence) -> bool:
    """A bare weekday dates the recap to the news's week; "last Tuesday" (one span starting
    at "last") does not."""
    if WEEKDAYS.isdisjoint(s.words):
        return False
    return any(s.lowers[d.start] in WEEKDAYS for d in s.dates)


_LAST = frozenset({"past", "last"})
_DAY = frozenset({"day", "24"})


def _day_tally(s: Sentence) -> bool:
    """"over the past day", "in the last 24 hours": the count ends at the news itself."""
    if _DAY.isdisjoint(s.words) or _LAST.isdisjoint(s.words):
        return False
    lowers = s.lowers
    for k in range(s.start + 1, s.end):
        if lowers[k] in _LAST and lowers[k - 1] == "the" and (
            lowers[k + 1 : k + 2] == ["day"] or lowers[k + 1 : k + 3] == ["24", "hours"]
        ):
            return True
    return False


def _dated_to_the_news(s: Sentence) -> bool:
    if s.reference is None:
        return False
    for date in s.dates:
        when = month_day(s.lowers, date)
        if when is not None:
            # Only the dateline's own day: a recap names a date to set it before the news.
            return days_before(when, s.reference) == 0
    return False
