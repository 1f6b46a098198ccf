"""Equipment one side's forces destroyed is the other side's; a subject that names no side,
or a verb that destroys nothing, leaves the owner to the other rules."""

from __future__ import annotations

from bot.nlp import Extractor


def test_listed_equipment_destroyed_by_ukrainians_is_russias(extractor: Extractor) -> None:
    text = (
        "Ukrainian defenders also destroyed 11 tanks, 29 artillery systems and 97 "
        "operational-tactical drones over the past day, according to the General Staff."
    )
    actors = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert actors == {11: "Russia", 29: "Russia", 97: "Russia"}


def test_drones_downed_by_russian_air_defences_are_ukraines(extractor: Extractor) -> None:
    text = "Russian air defences downed 41 drones overnight, the Defence Ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Ukraine" and q.measure == "drone"


def test_unnamed_side_leaves_owner_unknown(extractor: Extractor) -> None:
    text = "The brigade destroyed 11 tanks and 97 drones over the past day."
    assert all(q.actor is None for q in extractor.extract(text).quantities)


def test_received_equipment_stays_the_receivers(extractor: Extractor) -> None:
    text = "Ukrainian forces have received 11 tanks and 97 drones this month."
    assert all(q.actor != "Russia" for q in extractor.extract(text).quantities)
