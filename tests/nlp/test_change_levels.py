"""A change and the level it reached are two figures, not one range
(`bot.nlp.change_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _read(extractor: Extractor, text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]


def test_a_fall_by_a_count_to_a_far_higher_level(extractor: Extractor) -> None:
    text = "The number of pupils in state schools rose by 12,000 to 640,000 this year."
    assert _read(extractor, text) == [(12000, None, "pupil"), (640000, None, "pupil")]


def test_a_cut_from_a_higher_amount_to_a_lower_one(extractor: Extractor) -> None:
    text = "The bonus was cut from £2.4m to £900,000 after the inquiry."
    assert _read(extractor, text) == [(2_400_000, None, "pound"), (900_000, None, "pound")]


def test_close_ends_after_by_stay_a_range(extractor: Extractor) -> None:
    text = "The garrison grew by 20,000 to 30,000 soldiers, officials said."
    assert _read(extractor, text) == [(20000, 30000, "troop")]


def test_a_wide_range_of_shares_stays_a_range(extractor: Extractor) -> None:
    text = "Rents rose by 10 to 50 per cent across the region."
    assert _read(extractor, text) == [(10, 50, "percentage")]


def test_an_ascending_range_of_amounts_stays_a_range(extractor: Extractor) -> None:
    text = "The new bridge will cost £25m to £30m."
    assert _read(extractor, text) == [(25_000_000, 30_000_000, "pound")]
