"""An army's size told in parts joined by "and" (`bot.nlp.joined_strengths`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_reservists_joined_to_the_active_strength_are_the_whole_army(
    extractor: Extractor,
) -> None:
    text = "Taiwan has about 170,000 active-duty troops and some 1.6 million reservists."
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.actor, q.whole_force) for q in quantities] == [
        (170000, "Taiwan", True), (1600000, "Taiwan", True)
    ]


def test_a_joined_count_with_its_own_verb_is_a_deployment(extractor: Extractor) -> None:
    text = "Taiwan has about 170,000 active-duty troops and 2,000 soldiers are on Kinmen."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert not q.whole_force


def test_a_count_joined_to_a_deployment_stays_a_deployment(extractor: Extractor) -> None:
    text = "Taiwan has sent 500 troops and some 3,000 reservists to the islands."
    assert not any(q.whole_force for q in extractor.extract(text).quantities)
