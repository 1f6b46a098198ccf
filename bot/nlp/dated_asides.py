"""A figure inside a relative clause set off by a comma, which its own words date to the
past, is the subject's history: "North Korea, which sent about 11,000 soldiers to Kursk last
year, has since deployed 5,000 builders" tells the builders as news and the soldiers as the
background that introduces North Korea; so do "The bank, which lent Ukraine £2bn in
October, said ..." in a December story and "Hanwha, who signed for 180 tanks two years ago".

The date must stand in the aside itself: "The war, which began in April 2023, has killed
40,000" dates only the aside, not the figure after it (see `modality`). A count the aside runs
up to now ("which has lost 5,000 troops since last year") stays news, and so does a month
up to the one before the article's."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, month_of
from bot.nlp.figures import Figure
from bot.nlp.recaps import stale_date

_RELATIVES = frozenset({"which", "who"})
# What closes the aside: the main clause goes on after it.
_CLOSES = frozenset({",", ";", ":", "—", "–"})
# "two years ago", "a decade ago": no date span, the adverb dates the clause.
_AGO = "ago"
_MONTHS_BACK = 2


def dated_aside(s: Sentence, f: Figure) -> bool:
    """Whether `f` lies in a ", which ..." / ", who ..." clause that holds its own past date."""
    if _RELATIVES.isdisjoint(s.words):
        return False  # no relative clause: nearly every sentence
    opening = _opening(s, f.start)
    if opening is None:
        return False
    close = next((k for k in range(f.end, s.end) if s.lowers[k] in _CLOSES), s.end)
    if _AGO in s.lowers[opening:close]:
        return "since" not in s.lowers[opening:close]
    return any(opening < d.start < close and _past(s, d) for d in s.dates)


def _opening(s: Sentence, start: int) -> int | None:
    """The relative word, after a comma, that opens the clause holding `start`."""
    for k in range(start - 1, s.start, -1):
        word = s.lowers[k]
        if word in _CLOSES:
            return None  # the figure's clause opens otherwise
        if word in _RELATIVES:
            return k if s.lowers[k - 1] == "," else None
    return None


def _past(s: Sentence, d: DateSpan) -> bool:
    """A date before the news, not one a count runs from ("since last year")."""
    if d.start > s.start and s.lowers[d.start - 1] == "since":
        return False
    if stale_date(s, d):
        return True
    if not d.past:
        return False
    month = month_of(s.lowers, d)
    # "which put the gains in February at 400" in a March story may be the month's news,
    # as a month on its own may be up to the month before the article's.
    return month is None or s.reference is None or (s.reference[0] - month) % 12 >= _MONTHS_BACK
