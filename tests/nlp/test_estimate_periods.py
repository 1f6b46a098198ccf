"""An estimate of losses "since late 2024" counts from that date up to now: the period is
the count's, not the date of the estimate (`bot.nlp.dated_accounts`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    return [(q.value, q.modality) for q in extractor.extract(text).quantities]


def test_losses_since_a_narrowed_year_stay_news(extractor: Extractor) -> None:
    text = "The ministry put Russia's losses since early 2023 at about 8,200 killed and wounded."
    assert _modalities(extractor, text) == [(8_200, Modality.REPORTED)]


def test_losses_since_a_narrowed_month_stay_news(extractor: Extractor) -> None:
    text = "The ministry put the army's losses since late March at about 8,200 killed."
    assert _modalities(extractor, text) == [(8_200, Modality.REPORTED)]


def test_an_estimate_dated_last_year_is_still_history(extractor: Extractor) -> None:
    text = "The ministry put Russia's losses in late 2023 at about 8,200 killed and wounded."
    assert _modalities(extractor, text) == [(8_200, Modality.BACKGROUND)]
