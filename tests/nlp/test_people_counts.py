"""What a count of people counts: a loss word's own figure, a fate past an owner phrase, a
contingent that is part of an army, and an army sized by "army of"."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_a_loss_word_counts_only_its_own_figure(extractor: Extractor) -> None:
    text = "The brigade has suffered 2,000 casualties and has received 900 fresh soldiers."
    assert _measures(extractor, text) == {2000: "casualty", 900: "troop"}


def test_losses_before_a_figure_still_make_it_casualties(extractor: Extractor) -> None:
    text = "The army's losses in the region amount to about 52,000 servicemen."
    assert _measures(extractor, text) == {52000: "casualty"}


def test_a_fate_past_an_owner_phrase_is_a_casualty_count(extractor: Extractor) -> None:
    text = "The report said that at least 70 soldiers of the brigade had been killed."
    assert _measures(extractor, text) == {70: "casualty"}


def test_a_contingent_is_no_whole_army(extractor: Extractor) -> None:
    text = "The Belarusian contingent in the region now numbers about 6,000 soldiers."
    (q,) = extractor.extract(text).quantities
    assert not q.whole_force


def test_an_army_of_so_many_troops_is_a_whole_force(extractor: Extractor) -> None:
    text = "The rulers, who can barely pay their army of some 300,000 troops, boast loudly."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force


def test_reinforcements_are_troops(extractor: Extractor) -> None:
    text = "Minsk has sent about 700 reinforcements to the border, the ministry said."
    assert _measures(extractor, text) == {700: "troop"}


def test_an_active_duty_force_is_the_whole_army(extractor: Extractor) -> None:
    text = "Belarus keeps an active-duty force of about 48,000 troops."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force


def test_a_bare_force_of_troops_is_a_detachment(extractor: Extractor) -> None:
    (q,) = extractor.extract("Belarus sent a force of about 1,500 troops north.").quantities
    assert not q.whole_force


def test_a_fate_past_an_including_aside_is_a_casualty_count(extractor: Extractor) -> None:
    text = "Since March, 318 villagers, including 40 women, have been killed in the province."
    assert _measures(extractor, text)[318] == "casualty"


def test_the_deaths_of_counted_people_are_casualties(extractor: Extractor) -> None:
    text = "Volunteers have documented the deaths of at least 4,512 miners since 2019."
    assert _measures(extractor, text) == {4512: "casualty"}


def test_registered_as_missing_past_an_aside_is_a_casualty_count(extractor: Extractor) -> None:
    text = "The ombudsman said 9,000 Georgians, most of them reservists, are registered as missing."
    assert _measures(extractor, text) == {9000: "casualty"}


def test_registered_as_missing_is_a_casualty_count(extractor: Extractor) -> None:
    text = "The ombudsman said 9,000 Georgians were recorded as missing after the war."
    assert _measures(extractor, text) == {9000: "casualty"}


def test_registered_as_something_else_is_no_casualty_count(extractor: Extractor) -> None:
    # Near miss: a register of something other than the missing.
    text = "The ombudsman said 9,000 Georgians, most of them reservists, are registered as voters."
    assert _measures(extractor, text) != {9000: "casualty"}


def test_a_group_of_forces_in_a_country_is_no_whole_army(extractor: Extractor) -> None:
    text = "Belarus's group of forces in Mali numbers about 9,000 servicemen, Paris said."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.whole_force) == (9000, "troop", False)


def test_an_armed_forces_total_stays_the_whole_army(extractor: Extractor) -> None:
    # Near miss: the army itself, sized by the same verb.
    text = "Belarus's armed forces number about 60,000 servicemen, Paris said."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.whole_force) == (60000, True)
