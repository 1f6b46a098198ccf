"""A count set as "<puts> them at N" takes the owner of the noun the pronoun stands for."""

from __future__ import annotations

from bot.nlp import Extractor


def test_them_stands_for_the_casualties_named_before(extractor: Extractor) -> None:
    text = (
        'The minister would not give a number for Chadian casualties. "Others count them; '
        "we do not,\" he said. Nigeria's army puts them at about 2,300 killed and wounded."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2300]
    assert (q.measure, q.actor) == ("casualty", "Chad")


def test_a_noun_of_another_kind_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        "The minister would not discuss Chadian oil exports. Nigeria's army puts them at "
        "about 2,300 killed and wounded."
    )
    facts = extractor.extract(text)
    assert all(q.actor != "Chad" for q in facts.quantities if q.value == 2300)
