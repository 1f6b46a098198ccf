"""Bare numbers an estimate of an owned force is set at, and a passive "put at" aside."""

from __future__ import annotations

from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_estimate_of_an_owned_troop_presence(extractor: Extractor) -> None:
    text = "Kyiv kept its estimate of the Kremlin's troop presence near Sumy at 45,000."
    assert (45000, "troop", "Russia") in _figures(extractor, text)


def test_passive_put_at_takes_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "Kyiv lowered its estimate of the Kremlin's troop presence near Sumy to 45,000, "
        "with casualties since the spring put at about 8,100."
    )
    assert (8100, "casualty", "Russia") in _figures(extractor, text)


def test_a_headline_put_at_is_left_to_its_own_rules(extractor: Extractor) -> None:
    text = "Kremlin's troop presence near Sumy put at 45,000 as talks stall"
    assert (45000, "troop", "Russia") not in _figures(extractor, text)


def test_an_owned_budget_is_no_force(extractor: Extractor) -> None:
    text = "Analysts revised their estimate of Poland's defence budget in 2026 to 187."
    assert all(m not in {"troop", "casualty"} for _, m, _ in _figures(extractor, text))
