"""Every part of a list opened by "including" counts the whole's noun
(`bot.nlp.included_lists`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_every_part_of_an_including_list_counts_the_whole(extractor: Extractor) -> None:
    text = (
        "Air defences downed 64 Azerbaijani drones overnight, including 30 over Syunik, "
        "19 over Tavush and 7 over Vayots Dzor, the ministry said."
    )
    values = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert values == [(64, "drone"), (30, "drone"), (19, "drone"), (7, "drone")]


def test_a_later_number_with_its_own_noun_keeps_it(extractor: Extractor) -> None:
    text = (
        "Air defences downed 64 drones overnight, including 30 over Syunik, and 7 missiles "
        "over Tavush."
    )
    values = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (7, "missile") in values


def test_a_bare_number_outside_a_list_is_no_part(extractor: Extractor) -> None:
    text = "Air defences downed 64 drones overnight; 19 over Tavush fell on fields."
    values = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (19, "drone") not in values


def test_a_part_placed_in_a_region_counts_no_regions(extractor: Extractor) -> None:
    text = (
        "Air defences downed 80 drones over 9 provinces, including 30 over Syunik province "
        "and 12 over Tavush province."
    )
    values = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (12, "province") not in values
