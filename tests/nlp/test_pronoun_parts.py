"""A part counted as "N of his/its <people>" is the army of the leader or state named just
before it (`bot.nlp.pronoun_parts`)."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _people(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.category, q.actor) for q in extractor.extract(text).quantities
            if q.category in {"troop", "casualty"}]  # fmt: skip


def _only(extractor: Extractor, text: str) -> Quantity:
    (q,) = extractor.extract(text).quantities
    return q


def test_his_soldiers_after_a_leader_are_his_states(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin has promised the war will go on until spring. About 4,500 of his "
        "soldiers were wounded near Pokrovsk in March, Kyiv's general staff said."
    )
    assert _people(extractor, text) == [(4_500, "casualty", "Russia")]


def test_its_troops_after_a_state_opening_the_sentence_are_its(extractor: Extractor) -> None:
    text = (
        "Belarus has stayed out of the fighting so far. Some 3,000 of its troops are training "
        "near the border, officials in Vilnius said."
    )
    assert _people(extractor, text) == [(3_000, "troop", "Belarus")]


def test_the_soldiers_are_left_to_other_rules(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin has promised the war will go on until spring. About 4,500 of the "
        "soldiers were wounded near Pokrovsk in March, Kyiv's general staff said."
    )
    assert _people(extractor, text) == [(4_500, "casualty", None)]


def test_its_after_a_state_named_in_passing_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "The talks were held in the capital of Belarus last week. Some 3,000 of its troops "
        "are training near the border, officials in Vilnius said."
    )
    assert _only(extractor, text).actor is None


def test_his_after_a_country_names_no_owner(extractor: Extractor) -> None:
    text = (
        "The war in Ukraine has entered its fourth year. About 4,500 of his soldiers were "
        "wounded near Pokrovsk in March, the general staff said."
    )
    assert _only(extractor, text).actor is None


def test_its_soldiers_after_a_reported_subject_are_that_states(extractor: Extractor) -> None:
    text = (
        "The agency said that Belarus keeps moving its brigades near the border, where about "
        "4,000 of its soldiers are stationed."
    )
    assert _only(extractor, text).actor == "Belarus"


def test_its_soldiers_after_a_possessive_name_stay_ownerless(extractor: Extractor) -> None:
    # Near miss: "Belarus's ally" is the subject, so "its" is not Belarus.
    text = (
        "The agency said that Belarus's ally keeps moving its brigades near the border, where "
        "about 4,000 of its soldiers are stationed."
    )
    assert _only(extractor, text).actor is None
