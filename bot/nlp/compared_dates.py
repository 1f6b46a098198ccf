"""A date after a figure that belongs to something else the sentence names after it.

"about 9,000 troops remain in Russia, down from a peak of around 15,000 in 2025": "in 2025"
dates the peak the sentence compares with, so it must not date (and so make background) the
9,000 that is given as the current state. Likewise "the largest since the air force ordered
36 jets in 2016": a later clause opened by a conjunction dates its own verb. Only a date after
the figure and after an explicit comparison ("down from", "up from", "than", "compared
with") or a conjunction counts; a date in the figure's own clause ("1,500 moved from Kursk in
December") still dates the figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.nlp.dates import DateSpan

# "since the air force ordered 36 jets in 2016": a later clause of its own.
_SUBORDINATORS = frozenset({"since", "when", "after", "before", "while", "until"})
# "down from", "rose from": a change from an older level; the older level comes after "from".
CHANGE_WORDS = frozenset(
    {"up", "down", "rise", "rises", "rose", "fall", "falls", "fell", "drop", "drops",
     "dropped", "increase", "increased", "decrease", "decreased", "decline", "declined",
     "jump", "jumped"}
)  # fmt: skip
# "more than the 3,000 of 2024", "compared with 12,000 in May".
_COMPARE_WORDS = frozenset({"than", "compared"})


def compared_date(
    lowers: list[str], after: int, date_start: int, dates: Sequence[DateSpan] = ()
) -> bool:
    """Whether the date at `date_start` follows a comparison that comes after token `after`
    (the figure's end), so it dates the compared figure, not the one before."""
    if date_start <= after:
        return False  # a date before the figure is no part of a comparison after it
    if any(after <= d.start < date_start for d in dates):
        return False  # "$13.5bn last year, down from $17.3bn in 2022": the figure's own date
    between = lowers[after:date_start]
    if not _COMPARE_WORDS.isdisjoint(between):
        return True
    return any(
        w == "from" and k > 0 and between[k - 1] in CHANGE_WORDS for k, w in enumerate(between)
    )


def later_clause_date(
    lowers: list[str], after: int, date_start: int, dates: Sequence[DateSpan] = ()
) -> bool:
    """Whether the date at `date_start`, after token `after`, is a later clause's own (opened
    by a conjunction) or the compared figure's ("down from 15,000 in 2025")."""
    if date_start <= after:
        return False
    if not _SUBORDINATORS.isdisjoint(lowers[after:date_start]):
        return True
    return compared_date(lowers, after, date_start, dates)
