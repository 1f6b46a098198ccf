"""A figure told as given in a report named by an earlier month: "the NIS put them at about
6,000 killed and wounded in its November briefing", "according to its March assessment, some
3,000 had arrived" in an article written in January. A report named by its month is an
earlier one, and its figure is history beside the news, just as "its April estimate of 600"
is (earlier_estimates.py). A report of the article's own month ("in its January report", in
January) may be the news itself, and is left alone; with no article date to compare, the
month still names a report other than the day's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.baseline_reports import baseline_start
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, month_of
from bot.nlp.lexicon import MONTHS

_REPORTS = frozenset(
    {"briefing", "briefings", "report", "assessment", "estimate", "update", "statement",
     "tally", "count", "bulletin", "testimony"}
)  # fmt: skip
# "in its November briefing", "according to their May update": the report as the figure's
# source. "up from its April estimate of 600" sets an older figure beside a new one, and
# earlier_estimates.py reads that.
_OWNERS = frozenset({"its", "their", "his", "her", "the"})
_SOURCE_PREPOSITIONS = frozenset({"in", "to", "at"})


def month_briefing_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures, those in the clause of an earlier month's report made background."""
    words = s.words
    if not found or _REPORTS.isdisjoint(words) or MONTHS.isdisjoint(words):
        return found  # nearly every sentence: two set tests
    for i in range(s.start + 3, s.end):
        if s.lowers[i] not in _REPORTS or s.lowers[i - 1] not in MONTHS:
            continue
        if s.lowers[i - 2] not in _OWNERS or s.lowers[i - 3] not in _SOURCE_PREPOSITIONS:
            continue
        if s.lowers[i + 1 : i + 2] == ["of"] or not _earlier_month(s, i - 1):
            continue
        # "9,500 remain, down from 10,000 in its December estimate": only the older figure
        first, last = baseline_start(s, s.clause_start(i), i), s.clause_end(i)
        lo, hi = s.char_span(first, last)
        found = [
            replace(q, modality=Modality.BACKGROUND)
            if lo <= q.start < hi and q.modality is Modality.REPORTED else q
            for q in found
        ]  # fmt: skip
    return found


def _earlier_month(s: Sentence, k: int) -> bool:
    """Whether the month at token `k` is not the article's own month."""
    month = month_of(s.lowers, DateSpan(k, k + 1, True))
    return month is not None and (s.reference is None or s.reference[0] != month)
