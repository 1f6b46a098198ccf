"""A count picked out by a past-dated participle phrase ("soldiers detained last month have
been released") is that earlier event's history (`bot.nlp.dated_participles`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    return [(q.value, q.modality) for q in extractor.extract(text).quantities]


def test_count_detained_last_month_is_background(extractor: Extractor) -> None:
    text = (
        "One of five Latvian soldiers detained by Belarus near the border last month has "
        "been released, Riga said."
    )
    assert _modalities(extractor, text) == [(5, Modality.BACKGROUND)]


def test_count_captured_in_a_named_month_is_background(extractor: Extractor) -> None:
    text = "Four Russian soldiers captured by Finland in March remain in custody, Helsinki said."
    assert _modalities(extractor, text) == [(4, Modality.BACKGROUND)]


def test_count_detained_on_a_weekday_stays_reported(extractor: Extractor) -> None:
    text = (
        "Five Latvian soldiers detained by Belarus near the border on Monday have been "
        "released, Riga said."
    )
    assert _modalities(extractor, text) == [(5, Modality.REPORTED)]


def test_participle_as_the_headline_verb_stays_reported(extractor: Extractor) -> None:
    text = "Five Latvian soldiers detained by Belarus near the border last month"
    assert _modalities(extractor, text) == [(5, Modality.REPORTED)]


def test_count_held_since_a_past_date_stays_reported(extractor: Extractor) -> None:
    text = "Four Russian soldiers held by Finland since last spring were not freed, Helsinki said."
    assert _modalities(extractor, text) == [(4, Modality.REPORTED)]


def test_count_held_in_a_past_year_stays_history(extractor: Extractor) -> None:
    text = "Four Russian soldiers held by Finland last year were not freed, Helsinki said."
    assert _modalities(extractor, text) == [(4, Modality.BACKGROUND)]
