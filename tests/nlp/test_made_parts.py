"""A part "of them" a making verb turns out counts the goods named before, not people."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_plant_turning_out_them_counts_the_goods_and_their_maker(extractor: Extractor) -> None:
    text = (
        "Belarus has sent about 3,000 soldiers to train in Russia, while China has supplied the "
        "engines for Geran drones that Russia now builds itself. A factory near Yelabuga turns "
        "out more than 1,800 of them a month, Kyiv says."
    )
    quantities = extractor.extract(text).quantities
    made = next(q for q in quantities if q.value == 1800)
    assert (made.measure, made.actor) == ("drone", "Russia")


def test_them_of_people_without_a_making_verb_stays_people(extractor: Extractor) -> None:
    text = (
        "Belarus has sent about 3,000 soldiers to train in Russia, along with engines for Geran "
        "drones. About 1,800 of them are now in the Kursk region, Kyiv says."
    )
    quantities = extractor.extract(text).quantities
    part = next(q for q in quantities if q.value == 1800)
    assert part.category == "troop"
