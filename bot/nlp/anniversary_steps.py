"""On an anniversary page the step dated to the dateline's own day, with a year, is the step
the page marks: "MOSCOW, December 4. ... On December 4, 2024, the treaty entered into force"
on the treaty's first anniversary. A step of the news day is told "on Wednesday" or "today";
a writer who adds the year to the page's own day names a year gone by, and the page says so
when it speaks of an anniversary. Without that word the year may be the page's own and the
step stays news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.dates import is_year, month_day
from bot.nlp.step_time import StepCue, scope

_ANNIVERSARY = "anniversar"  # "anniversary", "anniversaries"


def anniversary_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """BACKGROUND for a step whose clause dates it to the dateline's month and day with a
    year, on a page that speaks of an anniversary; `modality` otherwise."""
    if modality is not Modality.REPORTED or s.reference is None or not s.dates:
        return modality  # nearly every step
    first, last = scope(s, cue)
    for date in s.dates:
        if not first <= date.start < last or month_day(s.lowers, date) != s.reference:
            continue
        if any(is_year(w) for w in s.lowers[date.start : date.end]) and (
            _ANNIVERSARY in s.tokens.text.lower()
        ):
            return Modality.BACKGROUND
    return modality
