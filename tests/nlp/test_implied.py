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


def test_a_quoted_estimate_after_at_counts_what_was_counted_last(extractor: Extractor) -> None:
    text = (
        "Officials said about 4,000 Belarusian troops were near the border. "
        'London and Paris have put the total sent there at "more than 5,000".'
    )
    figures = [q for q in extractor.extract(text).quantities if q.value == 5000]
    assert [(q.measure, q.qualifier, q.actor) for q in figures] == [
        ("troop", "more than", "Belarus")
    ]


def test_a_quoted_estimate_with_nothing_counted_before_stays_unread(
    extractor: Extractor,
) -> None:
    # No count before it: the quote is read past, but no unit is there to borrow.
    text = 'London and Paris have put the total sent there at "more than 5,000".'
    assert not [q for q in extractor.extract(text).quantities if q.value == 5000]


def test_the_figure_was_restates_the_count_before(extractor: Extractor) -> None:
    text = (
        "Officials in Vilnius say about 6,000 Belarusian soldiers are massed near the border, "
        "though Polish intelligence said on Monday the figure was about 8,000."
    )
    quantities = extractor.extract(text).quantities
    second = [q for q in quantities if q.value == 8000]
    assert second and second[0].measure == "troop" and second[0].actor == "Belarus"


def test_a_figure_with_no_source_saying_it_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Officials in Vilnius say about 6,000 Belarusian soldiers are massed near the border.\n"
        "The figure is nearly three times what they estimated in May."
    )
    assert [q.value for q in extractor.extract(text).quantities] == [6000]


def test_part_of_soldiers_told_before_is_their_sides(extractor: Extractor) -> None:
    text = (
        "Paris said about 6,000 Belarusian troops had been sent to Mali and were moving "
        "north, where Chadian forces have held the border since May. "
        "Officials said about 4,000 of them were already at the border."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure, later.actor) == (4000, "troop", "Belarus")


def test_part_of_drones_told_before_is_no_owners(extractor: Extractor) -> None:
    # Near miss: things counted lend no side to their part; whoever acts on it owns it.
    text = (
        "Russia launched 120 drones overnight. "
        "The air force said 96 of them were shot down."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure) == (96, "drone")
