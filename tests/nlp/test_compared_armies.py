"""An army's strength set against another's, or counted again by "they", is a whole army."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_possessive_army_compared_is_whole_and_its_owners(extractor: Extractor) -> None:
    text = (
        "Greece's armed forces number about 140,000 active troops against Turkey's roughly "
        "355,000 troops, analysts said."
    )
    greek, turkish = extractor.extract(text).quantities
    assert greek.whole_force
    assert turkish.whole_force and turkish.actor == "Turkey"


def test_a_size_of_comparison_with_a_relative_clause_is_whole(extractor: Extractor) -> None:
    text = (
        "Vietnam's army has about 450,000 active troops, more than twice the size of "
        "Thailand's, which analysts put at about 190,000 troops."
    )
    _, thai = extractor.extract(text).quantities
    assert thai.whole_force and thai.actor == "Thailand"


def test_a_strength_on_paper_is_the_same_army(extractor: Extractor) -> None:
    text = (
        "Poland's armed forces number about 190,000 soldiers, against an authorised strength "
        "of about 210,000 soldiers."
    )
    _, paper = extractor.extract(text).quantities
    assert paper.whole_force and paper.actor == "Poland"


def test_they_total_after_an_army_sized_is_that_army(extractor: Extractor) -> None:
    text = (
        "Romania's armed forces now number more than 70,000 active soldiers. With reservists "
        "included, they total about 125,000 troops."
    )
    _, total = extractor.extract(text).quantities
    assert total.whole_force and total.actor == "Romania"


def test_a_deployment_set_against_an_army_stays_a_deployment(extractor: Extractor) -> None:
    text = (
        "Russia has about 1.3 million active troops against Ukraine's claim that 11,000 "
        "North Korean troops were sent to Kursk."
    )
    quantities = extractor.extract(text).quantities
    sent = next(q for q in quantities if q.value == 11000)
    assert not sent.whole_force


def test_they_total_without_an_army_before_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Units arrived in Kursk in waves last month. Including engineers, they total about "
        "12,000 troops, Kyiv said."
    )
    (q,) = extractor.extract(text).quantities
    assert not q.whole_force
