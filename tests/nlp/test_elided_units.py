"""A bare number opening a second clause with a participle counts what the clause before
counted."""

from __future__ import annotations

from bot.nlp import Extractor


def _found(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_an_elided_noun(extractor: Extractor) -> None:
    found = _found(extractor, "About 600 shops were looted and 45 burned.")
    assert found == [(600, "shop"), (45, "shop")]


def test_a_participle_before_a_noun_is_no_elision(extractor: Extractor) -> None:
    found = _found(extractor, "Crews cleared 300 roads and 20 damaged bridges.")
    assert found == [(300, "road"), (20, "bridge")]


def test_an_amount_of_money_is_never_carried(extractor: Extractor) -> None:
    found = _found(extractor, "The club spent $40 million and 3 signed last week.")
    assert found == [(40e6, "dollar")]


def test_of_which_counts_the_figure_before(extractor: Extractor) -> None:
    text = "Russia fired 40 missiles at Kyiv, of which 35 were intercepted, the air force said."
    assert _found(extractor, text) == [(40, "missile"), (35, "missile")]


def test_people_who_were_hurt_are_no_elided_troops(extractor: Extractor) -> None:
    # near miss: "were killed" after a count of troops counts the dead, not more troops
    text = "Kyiv said 4,000 troops were sent and 300 were killed."
    assert _found(extractor, text) == [(4000, "troop"), (300, "casualty")]


def test_a_number_before_of_which_counts_the_figure_before(extractor: Extractor) -> None:
    text = "Belarus said it tracked 58 balloons, 41 of which were shot down over Grodno."
    assert _found(extractor, text) == [(58, "balloon"), (41, "balloon")]


def test_a_number_before_of_which_with_an_active_verb_is_left_alone(
    extractor: Extractor,
) -> None:
    text = "Belarus said it tracked 58 balloons, 41 of which carried leaflets."
    assert _found(extractor, text) == [(58, "balloon")]


    text = (
        "The navy said 40 missiles were fired, 31 of which were intercepted and 6 of which "
        "were jammed."
    )
    found = _found(extractor, text)
    assert found == [(40, "missile"), (31, "missile"), (6, "missile")]


def test_a_number_before_of_which_with_an_active_verb_is_no_count(extractor: Extractor) -> None:
    # Near miss: "12 of which hit homes" tells no passive fate, so no part is read.
    found = _found(extractor, "The navy said 40 missiles were fired, 12 of which hit homes.")
    assert found == [(40, "missile")]
