"""The output of "the plant" belongs to the state told before as making the same goods."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_plants_output_takes_the_earlier_maker(extractor: Extractor) -> None:
    text = (
        "Workers have moved to a site near Kazan, where Russia builds its attack drones.\n"
        "Kyiv says the factory turned out about 3,000 drones in August."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert q.actor == "Russia"


def test_the_plants_output_stays_ownerless_without_a_maker_of_its_goods(
    extractor: Extractor,
) -> None:
    text = (
        "Workers have moved to a site near Kazan, where Russia builds its trucks.\n"
        "Kyiv says the factory turned out about 3,000 drones in August."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert q.actor is None
