"""A vague part ("hundreds of them") of the people just counted, told with its fate."""

from __future__ import annotations

from bot.nlp import Extractor


def test_hundreds_of_them_wounded_are_casualties_of_the_sender(extractor: Extractor) -> None:
    text = (
        "Warsaw said Belarus had sent more than 3,000 soldiers to the border and that "
        "hundreds of them had been wounded."
    )
    quantities = extractor.extract(text).quantities
    (q,) = [q for q in quantities if q.measure == "casualty"]
    assert (q.value, q.qualifier, q.actor) == (None, "hundreds", "Belarus")
    assert q.claimant is not None and q.claimant.entities == ("Poland",)


def test_hundreds_of_whom_killed_are_casualties(extractor: Extractor) -> None:
    text = "Belarus has sent 11,000 soldiers to the border, hundreds of whom have been killed."
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "casualty"]
    assert (q.value, q.qualifier, q.actor) == (None, "hundreds", "Belarus")


def test_hundreds_of_them_stationed_are_no_casualties(extractor: Extractor) -> None:
    text = (
        "Warsaw said Belarus had sent more than 3,000 soldiers to the border and that "
        "hundreds of them were stationed near Grodno."
    )
    assert [q.measure for q in extractor.extract(text).quantities] == ["troop"]


def test_drones_shot_down_are_no_casualties(extractor: Extractor) -> None:
    text = "Russia fired 120 drones overnight, and dozens of them were shot down."
    assert [q.measure for q in extractor.extract(text).quantities] == ["drone"]


def test_several_thousand_of_them_killed_are_vague_casualties(extractor: Extractor) -> None:
    text = (
        "Warsaw believes Belarus has moved about 9,000 soldiers to the front and that "
        "several thousand of them have been killed or wounded."
    )
    quantities = extractor.extract(text).quantities
    (q,) = [q for q in quantities if q.measure == "casualty"]
    assert (q.value, q.qualifier, q.actor) == (None, "several thousand", "Belarus")


def test_a_few_hundred_of_whom_died_are_vague_casualties(extractor: Extractor) -> None:
    text = "Belarus has sent 4,000 soldiers to the border, a few hundred of whom have died."
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "casualty"]
    assert (q.value, q.qualifier) == (None, "a few hundred")


def test_several_thousand_of_them_stationed_are_no_count(extractor: Extractor) -> None:
    text = (
        "Warsaw believes Belarus has moved about 9,000 soldiers to the front and that "
        "several thousand of them are stationed near Grodno."
    )
    assert [q.value for q in extractor.extract(text).quantities] == [9000]
