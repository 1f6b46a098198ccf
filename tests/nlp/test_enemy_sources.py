""""The enemy" of a tally attributed only afterwards, or by a bare "the General Staff" that
counts one side's losses elsewhere, is that side; a headline's enemy is the body's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_enemy_of_a_source_named_after(extractor: Extractor) -> None:
    text = (
        "The losses of the enemy over the past day amounted to 940 personnel. "
        "This was reported by the General Staff of the Armed Forces of Ukraine."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 940 and q.actor == "Russia"


def test_enemy_of_a_bare_source_that_counts_one_side(extractor: Extractor) -> None:
    text = (
        "Over the past day, the enemy used 3,100 kamikaze drones, the General Staff said. "
        "The General Staff put total Russian losses at 1,020 over the past day."
    )
    drones = next(q for q in extractor.extract(text).quantities if q.measure == "drone")
    assert drones.actor == "Russia"


def test_enemy_of_an_unknown_source_stays_unowned(extractor: Extractor) -> None:
    text = "Over the past day, the enemy used 3,100 drones, the General Staff said."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
