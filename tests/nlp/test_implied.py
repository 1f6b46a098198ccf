"""A part of a group named with its owner's "'s" ("Nine of the unit's members") counts the
group's own noun; a single member singled out is no count."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_part_of_an_owned_group_counts_its_noun(extractor: Extractor) -> None:
    text = "Twelve of the battalion's soldiers were wounded, the army said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (12, "casualty")


def test_one_member_of_an_owned_group_is_no_count(extractor: Extractor) -> None:
    text = "One of the battalion's soldiers was wounded, the army said."
    assert not extractor.extract(text).quantities


def test_a_part_names_its_own_noun_after_were(extractor: Extractor) -> None:
    text = "The ferry carried 64 passengers, 9 of whom were children."
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(64, "passenger"), (9, "child")]


def test_a_part_with_a_participle_after_were_keeps_the_groups_noun(
    extractor: Extractor,
) -> None:
    text = "Belarus launched 40 drones at the border post, and 31 of them were shot down."
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(40, "drone"), (31, "drone")]
