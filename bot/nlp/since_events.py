"""A count that has stood since an event told in a "when" clause: "Ukraine has held two
North Korean soldiers since January, when they were captured in Kursk", "the 300 engineers
have stayed since March, when they were sent to clear mines". The "since <date>, when
<they> were ..." clause takes the reader back to the event that made the count, a reminder
of how the story got here; the number is the one that event set, not news of the day the
article tells, so it is background.

Only when the date is before the news (a month or year on its own, or a day well before the
dateline: "since Saturday, when they were captured" in Monday's story is the news), when the
"when" clause's subject is "they", the people counted, and its verb a past passive or
perfect ("were captured", "had been sent"), and when the figure stands in the same clause before
"since"."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan, days_before, is_year, month_day, month_of

# "when they were captured": the plural pronoun standing for the people counted ("when it
# agreed to send them" after "North Korea has sent 3,000 since January" is the sender, and
# that count runs on to the news).
_PRONOUNS = frozenset({"they", "both"})
# "they were captured", "they had been sent": what was done to them, in the past.
_PAST_AUXILIARIES = frozenset({"were", "had"})
# Between the figure and "since": a clause boundary ends the figure's clause.
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "which", "who", "while", "that"})


def since_event_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures, those in a clause dated "since <past date>, when <they> were ..." made
    background."""
    words = s.words
    if "since" not in words or "when" not in words:
        return found  # nearly every sentence: two set tests
    for k in range(s.start + 1, s.end - 4):
        if s.lowers[k] != "since":
            continue
        date = next((d for d in s.dates if d.start == k + 1), None)
        if date is None or not _when_clause(s, date.end) or not _stale(s, date):
            continue
        opening = s.clause_start(k)
        since = s.char_span(k, k + 1)[0]
        found = [
            replace(q, modality=Modality.BACKGROUND)
            if q.modality is Modality.REPORTED and _same_clause(s, q, opening, k)
            and q.end <= since else q
            for q in found
        ]  # fmt: skip
    return found


def _when_clause(s: Sentence, k: int) -> bool:
    """", when they were captured": a comma, "when", the pronoun and a past auxiliary."""
    words = s.lowers[k : k + 4]
    return words[:2] == [",", "when"] and words[2:3] != [] and words[2] in _PRONOUNS and (
        words[3:4] != [] and words[3] in _PAST_AUXILIARIES
    )


def _same_clause(s: Sentence, q: Quantity, opening: int, since: int) -> bool:
    """Whether the figure stands in the clause that "since" dates, no break between."""
    first = next(
        (j for j in range(opening, since) if s.char_span(j, j + 1)[0] >= q.end), since
    )
    start = s.char_span(opening, opening + 1)[0]
    return q.start >= start and _BREAKS.isdisjoint(s.lowers[first:since])


def _stale(s: Sentence, date: DateSpan) -> bool:
    """A date before the news: a day well before the dateline, a month other than the
    dateline's, or a year on its own."""
    lowers = s.lowers
    when = month_day(lowers, date)
    if when is not None:
        return s.reference is not None and days_before(when, s.reference) >= STALE_DAYS
    month = month_of(lowers, date)
    if month is not None:
        return date.past and (s.reference is None or s.reference[0] != month)
    return date.past and is_year(lowers[date.end - 1])
