"""Figures a sentence's closing tag dates to an earlier briefing.

"The agency has said that some 4,000 troops have arrived and that 300 of them have died,
figures it gave lawmakers in March." / "..., numbers the ministry released last month.": the
tag after the last comma names the figures as ones handed out before, and its date puts that
hand-out in the past. The sentence recaps an old briefing, so its figures are background
beside the news, whatever tense the main clause is told in.

Only a tag that ends the sentence with a date before the news counts: "..., figures it gave
lawmakers on Thursday" (the dateline's week) and "..., figures that show the war's toll" (no
date) are left alone.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan, days_before, is_year, month_day, month_of

# The noun that opens the tag and stands for the sentence's figures.
_FIGURE_NOUNS = frozenset({"figures", "figure", "numbers", "estimates", "estimate", "tallies"})
# The hand-out verb after the noun ("figures it gave", "numbers the ministry released").
_GIVING = frozenset(
    {"gave", "provided", "presented", "released", "shared", "published", "reported", "offered",
     "disclosed", "issued", "cited", "told"}
)  # fmt: skip
_TAG_REACH = 6  # "figures the spy agency gave lawmakers": noun to verb
_PAST_WORDS = frozenset({"last", "previous", "earlier"})


def recap_tail_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures, those before a closing dated hand-out tag made background."""
    if not found or not s.dates or _FIGURE_NOUNS.isdisjoint(s.words):
        return found  # nearly every sentence: two cheap tests
    date = _closing_date(s)
    if date is None or not _before_news(s, date):
        return found
    comma = _tag_comma(s, date.start)
    if comma is None:
        return found
    tag = s.char_span(comma, comma + 1)[0]
    return [
        replace(q, modality=Modality.BACKGROUND)
        if q.start < tag and q.modality is Modality.REPORTED else q
        for q in found
    ]  # fmt: skip


def _closing_date(s: Sentence) -> DateSpan | None:
    """The date the sentence ends on, past its full stop and spaces."""
    last = s.end - 1
    while last > s.start and (s.lowers[last] in {".", "!"} or s.lowers[last].isspace()):
        last -= 1
    return next((d for d in s.dates if d.end == last + 1), None)


def _tag_comma(s: Sentence, date: int) -> int | None:
    """The last comma before the date, when a figure noun follows it and a hand-out verb
    follows the noun within reach and before the date."""
    comma = next((k for k in range(date - 1, s.start, -1) if s.lowers[k] == ","), None)
    if comma is None:
        return None
    noun = comma + 1
    if s.lowers[noun] in {"the", "both"}:
        noun += 1  # ", the figures it gave ..."
    if s.lowers[noun] not in _FIGURE_NOUNS:
        return None
    stop = min(date, noun + 1 + _TAG_REACH)
    return comma if not _GIVING.isdisjoint(s.lowers[noun + 1 : stop]) else None


def _before_news(s: Sentence, date: DateSpan) -> bool:
    """Whether the date names a time before the article's own: "last month", a month other
    than the dateline's, a day a week or more before it, a past year."""
    if s.lowers[date.start] in _PAST_WORDS:
        return date.past
    when = month_day(s.lowers, date)
    if when is not None:
        return s.reference is not None and days_before(when, s.reference) >= STALE_DAYS
    if is_year(s.lowers[date.end - 1]):
        return date.past
    month = month_of(s.lowers, date)
    # With no dateline, a month alone still names a time other than the day's.
    return month is not None and (s.reference is None or s.reference[0] != month)
