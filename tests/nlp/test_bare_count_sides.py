"""The side of a bare count of soldiers told from the sentences before
(`bot.nlp.bare_count_sides`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_a_bare_toll_takes_the_side_of_the_soldiers_just_described(
    extractor: Extractor,
) -> None:
    text = (
        "Belarusian infantrymen have returned to the front, Kyiv said on Sunday.\n"
        "They now advance in small groups and hide from drones, the army said.\n"
        "Around 1,200 have been killed or wounded since the summer, the statement said."
    )
    assert _actors(extractor, text)[1200] == "Belarus"


def test_a_bare_count_sent_takes_the_side_named_two_sentences_back(
    extractor: Extractor,
) -> None:
    text = (
        "Belarusian soldiers sent to Russia have joined airborne units, officials said.\n"
        "The soldiers, most of them conscripts, trained for weeks near the Urals before "
        "being moved west by train.\n"
        "About 7,000 have been deployed so far, a lawmaker told reporters."
    )
    assert _actors(extractor, text)[7000] == "Belarus"


def test_soldiers_named_long_before_lend_no_side(extractor: Extractor) -> None:
    # Near miss: the side's soldiers are three sentences back; the count may be anyone's.
    text = (
        "Belarusian soldiers have returned to the front, Kyiv said on Sunday.\n"
        "The weather has turned cold in the region.\n"
        "Supply lines are stretched, analysts said.\n"
        "The soldiers there fight in small groups.\n"
        "Around 1,200 have been killed or wounded since the summer, the statement said."
    )
    assert _actors(extractor, text).get(1200) is None


def test_two_sides_soldiers_just_before_lend_no_side(extractor: Extractor) -> None:
    # Near miss: two armies' soldiers in the paragraph; the bare toll may be either's.
    text = (
        "Belarusian soldiers and Polish troops clashed near the border, Kyiv said on Sunday.\n"
        "Around 120 have been killed or wounded since the summer, the statement said."
    )
    assert _actors(extractor, text).get(120) is None


def test_a_part_of_an_ownerless_whole_takes_no_headline_side(extractor: Extractor) -> None:
    # "including 230" counts the enemy's losses told just before, not the headline's units.
    text = (
        "Ukraine says Belarusian units near Mozyr suffer heavy losses\n"
        "MINSK, March 3. /Agency/. The total losses of the enemy since the start of the "
        "operation are approximately 12,400 personnel, including 230 over the past day."
    )
    assert [(q.value, q.actor) for q in extractor.extract(text).quantities] == [
        (12400, None),
        (230, None),
    ]


def test_a_part_of_an_owned_whole_keeps_the_side(extractor: Extractor) -> None:
    # Near miss: the soldiers named before are the whole's, and so the part's.
    text = (
        "Belarusian soldiers were moved to the border region in the spring. Officials say "
        "about 4,000 have been killed, including 1,000 in April."
    )
    assert [(q.value, q.actor) for q in extractor.extract(text).quantities] == [
        (4000, "Belarus"),
        (1000, "Belarus"),
    ]
