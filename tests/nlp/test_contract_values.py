"""The value of a contract something comes "under" is told now (`bot.nlp.contract_values`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _money(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    facts = extractor.extract(text)
    return [(q.value, q.modality) for q in facts.quantities if q.category in {"money", "deal"}]


def test_the_value_of_a_contract_bought_under_is_reported(extractor: Extractor) -> None:
    text = (
        "Norway will buy 40 K9 howitzers from Hanwha under a contract worth about "
        "$900 million, the ministry said on Friday."
    )
    assert _money(extractor, text) == [(900_000_000, Modality.REPORTED)]


def test_a_value_naming_the_contract_is_reported(extractor: Extractor) -> None:
    text = "The plant will run three shifts under a new $250 million Navy contract."
    assert _money(extractor, text) == [(250_000_000, Modality.REPORTED)]


def test_a_sum_still_to_be_signed_stays_planned(extractor: Extractor) -> None:
    text = "Norway will sign a contract worth about $900 million for 40 K9 howitzers next month."
    assert _money(extractor, text) == [(900_000_000, Modality.PLANNED)]


def test_a_dated_contract_stays_history(extractor: Extractor) -> None:
    text = "The army will receive 40 howitzers under a $900 million contract signed in 2021."
    assert _money(extractor, text) == [(900_000_000, Modality.BACKGROUND)]
