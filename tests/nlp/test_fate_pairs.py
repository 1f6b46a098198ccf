"""Fates joined as a noun count casualties (`bot.nlp.fate_pairs`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_dead_and_wounded_together_number_a_casualty_count(extractor: Extractor) -> None:
    facts = extractor.extract(
        "Kyiv says the Belarusian dead and wounded together number more than 1,500."
    )
    (q,) = facts.quantities
    assert (q.value, q.measure, q.actor, q.qualifier) == (1500, "casualty", "Belarus", "more than")


def test_killed_and_wounded_were_a_casualty_count(extractor: Extractor) -> None:
    (q,) = extractor.extract("The Russian killed and wounded were about 1,200.").quantities
    assert (q.measure, q.actor) == ("casualty", "Russia")


def test_a_single_fate_is_left_to_its_own_rules(extractor: Extractor) -> None:
    assert not extractor.extract("The dead number about 300.").quantities
