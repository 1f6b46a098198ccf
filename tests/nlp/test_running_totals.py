"""Estimates that name their unit before the number (`bot.nlp.running_totals`): losses put at
a bare count are casualties, and "estimate ... at" a range reads like "put ... at"."""

from __future__ import annotations

from bot.nlp import Extractor


def _rows(extractor: Extractor, text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]


def test_losses_put_at_a_bare_count_are_casualties(extractor: Extractor) -> None:
    text = "The monitoring group now puts Syrian losses at more than 2,500."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in found] == [(2500, "casualty", "Syria")]


def test_losses_in_money_keep_their_currency(extractor: Extractor) -> None:
    text = "Analysts put the carmaker's losses at 3 billion euros this year."
    assert _rows(extractor, text) == [(3e9, None, "euro")]


def test_an_estimated_range_counts_the_noun_before_at(extractor: Extractor) -> None:
    text = "The observers estimate rebel casualties at between 800 and 950."
    assert _rows(extractor, text) == [(800, 950, "casualty")]


def test_a_range_with_to_reads_the_same(extractor: Extractor) -> None:
    text = "Rights groups estimated civilian casualties at 1,200 to 1,500."
    assert _rows(extractor, text) == [(1200, 1500, "casualty")]


def test_a_level_risen_sharply_from_counts_what_the_count_did(extractor: Extractor) -> None:
    text = (
        "Belarus has moved about 6,000 soldiers to the border, Vilnius said. "
        "The figure is up sharply from the 2,000 counted in the spring."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Belarus")


def test_a_number_of_its_soldiers_skips_the_owner_word(extractor: Extractor) -> None:
    text = "Belarus has raised the number of its soldiers at the border to about 9,000."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in found] == [(9000, "troop", "Belarus")]


def test_a_number_of_its_days_is_still_no_troop_count(extractor: Extractor) -> None:
    text = "The festival raised the number of its days to 5 this year."
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)


def test_the_peak_a_count_fell_from_counts_the_same(extractor: Extractor) -> None:
    text = (
        "About 3,000 Kenyan soldiers remained in Somalia in March, down from a peak of "
        "about 4,500."
    )
    rows = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert rows == [(3000, "troop"), (4500, "troop")]


def test_a_peak_with_no_change_before_it_is_left_alone(extractor: Extractor) -> None:
    text = "About 3,000 Kenyan soldiers remained in Somalia; the peak of 4,500 came in 2019."
    rows = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (4500, "troop") not in rows
