"""Steps and figures dated by a time that points back at one already told
(`bot.nlp.told_times`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> Modality:
    (event,) = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    return event.modality


def test_that_month_after_a_dated_signing_is_history(extractor: Extractor) -> None:
    text = (
        "HELSINKI, Aug. 12 (Agency) - Ministers met.\n"
        "The accord was signed by Finland and Estonia in Tallinn on Aug. 12, 2023, ratified "
        "by both parliaments that October and took effect on Jan. 1, 2024."
    )
    assert _ratified(extractor, text) is Modality.BACKGROUND


def test_the_same_month_after_a_past_month_is_history(extractor: Extractor) -> None:
    text = (
        "HELSINKI, Feb. 4 (Agency) - Ministers met.\n"
        "Parliament passed the budget in November. In the same month, Finland ratified its "
        "fisheries agreement with Estonia."
    )
    assert _ratified(extractor, text) is Modality.BACKGROUND


def test_the_same_month_as_the_dateline_stays_news(extractor: Extractor) -> None:
    text = (
        "HELSINKI, Feb. 24 (Agency) - Ministers met.\n"
        "Parliament passed the budget in February. In the same month, Finland ratified its "
        "fisheries agreement with Estonia."
    )
    assert _ratified(extractor, text) is Modality.REPORTED




def _modalities(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    return [(q.value, q.modality) for q in extractor.extract(text).quantities]


def test_the_same_year_after_a_past_year_is_history(extractor: Extractor) -> None:
    text = (
        "In 2021 Oslo ordered 40 trucks. The first contract, for 12 trucks worth $30 million, "
        "was signed the same year."
    )
    assert _modalities(extractor, text)[1:] == [
        (12, Modality.BACKGROUND), (30_000_000, Modality.BACKGROUND),
    ]


def test_the_same_day_as_the_news_stays_reported(extractor: Extractor) -> None:
    text = (
        "Oslo ordered 40 trucks on Monday. The first contract, for 12 trucks worth "
        "$30 million, was signed the same day."
    )
    assert _modalities(extractor, text)[1:] == [
        (12, Modality.REPORTED), (30_000_000, Modality.REPORTED),
    ]


def test_the_same_thing_names_no_time(extractor: Extractor) -> None:
    text = (
        "In 2021 Oslo ordered 40 trucks. The new contract, worth $30 million, covers the "
        "same trucks."
    )
    assert _modalities(extractor, text)[1:] == [(30_000_000, Modality.REPORTED)]
