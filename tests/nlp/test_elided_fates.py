"""A toll's part told with only a fate's adverb, and the whole it came out of, keep the
side of the group counted (`bot.nlp.elided_fates`)."""

from __future__ import annotations

from bot.nlp import Extractor

_TOLL = (
    "Monitors said about 2,300 Eritrean soldiers were killed or wounded fighting Ethiopian "
    "forces in Tigray, about 400 of them fatally, out of some 9,000 deployed since May."
)


def test_the_fatal_part_is_the_groups_toll(extractor: Extractor) -> None:
    part = next(q for q in extractor.extract(_TOLL).quantities if q.value == 400)
    assert (part.measure, part.actor) == ("casualty", "Eritrea")


def test_the_whole_the_toll_came_out_of_is_the_groups_force(extractor: Extractor) -> None:
    whole = next(q for q in extractor.extract(_TOLL).quantities if q.value == 9000)
    assert (whole.measure, whole.actor) == ("troop", "Eritrea")


def test_an_adverb_before_a_verb_is_no_elided_fate(extractor: Extractor) -> None:
    text = (
        "About 2,300 Eritrean soldiers crossed the border, and Ethiopian officials said 400 of "
        "them seriously considered defecting."
    )
    part = next((q for q in extractor.extract(text).quantities if q.value == 400), None)
    assert part is None or part.measure != "casualty"


def test_a_part_of_a_group_named_before_its_number_is_counted_by_its_fate(
    extractor: Extractor,
) -> None:
    text = (
        "Western officials put the number of Eritrean soldiers sent to Tigray at about 9,000, "
        "of whom some 1,200 have been killed."
    )
    part = next(q for q in extractor.extract(text).quantities if q.value == 1200)
    assert (part.measure, part.actor) == ("casualty", "Eritrea")


def test_a_part_told_as_sent_home_stays_a_count_of_troops(extractor: Extractor) -> None:
    text = (
        "Western officials put the number of Eritrean soldiers sent to Tigray at about 9,000, "
        "of whom some 1,200 were later sent home."
    )
    part = next(q for q in extractor.extract(text).quantities if q.value == 1200)
    assert part.measure == "troop"
