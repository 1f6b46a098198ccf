"""'<X>'s contingent, which <source> puts at N': the bare number sizes the force the relative
hangs on."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contingent_sized_in_its_relative_is_a_troop_count(extractor: Extractor) -> None:
    text = (
        "Officials said Minsk's contingent, which Vilnius has put at about 2,500, had been "
        "moved closer to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.category == "troop" and q.value == 2500 and q.actor == "Belarus"
    assert q.claimant is not None and "Lithuania" in q.claimant.entities


def test_a_relative_hung_on_a_place_sizes_nothing(extractor: Extractor) -> None:
    text = "The deployment in Grodno, which Vilnius puts at about 2,500, has grown."
    assert not extractor.extract(text).quantities
