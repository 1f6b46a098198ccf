""""Citing <a belligerent's source>, X said the enemy lost N": the enemy is the other side of
the cited source's state when X names none."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_cited_sources_side_names_the_enemy(extractor: Extractor) -> None:
    text = (
        "Citing the Ukrainian General Staff, a government spokesman said the enemy had lost "
        "more than 1,200 soldiers over the week."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"


def test_a_cited_source_naming_no_side_leaves_the_enemy_unnamed(extractor: Extractor) -> None:
    text = (
        "Citing field reports, a government spokesman said the enemy had lost more than 1,200 "
        "soldiers over the week."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
