"""A loss word before a count of people makes it a loss, unless a reporting verb between
them opens another reported clause."""

from __future__ import annotations

from bot.nlp import Extractor


def test_troops_after_a_second_reporting_verb_are_troops(extractor: Extractor) -> None:
    text = (
        "The ministry puts Belarusian casualties at 700 and believes about 5,000 soldiers are "
        "still deployed."
    )
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(700, "casualty"), (5000, "troop")]


def test_losses_named_before_soldiers_still_count(extractor: Extractor) -> None:
    text = "The ministry said Belarusian losses reached 700 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_an_estimate_reaches_past_an_aside(extractor: Extractor) -> None:
    text = "The agency puts total Belarusian casualties, including the missing, at about 1,900."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (1900, "casualty", "Belarus")


def test_a_coordinated_clause_with_its_own_subject_ends_the_losses(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus has lost about 2,000 soldiers in the exercise, and it still enlists 5,000 "
        "new conscripts a year."
    )
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(2000, "casualty"), (5000, "troop")]


def test_a_coordinated_object_without_a_subject_stays_a_loss(extractor: Extractor) -> None:
    text = "Belarus has lost 2,000 soldiers and 300 mercenaries."
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(2000, "casualty"), (300, "casualty")]


def test_a_passive_estimate_is_the_loss_nouns_own_predicate(extractor: Extractor) -> None:
    text = "The losses of the Belarusian army are estimated at about 9,000 personnel."
    measures = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert measures == [(9000, "casualty")]


def test_a_passive_estimate_with_that_still_opens_another_clause(
    extractor: Extractor,
) -> None:
    text = "The losses were modest, but it was estimated that 9,000 personnel were sent."
    assert [q.measure for q in extractor.extract(text).quantities] == ["troop"]


def test_the_group_losses_came_from_is_no_loss(extractor: Extractor) -> None:
    text = "The casualties were among the roughly 9,000 Belarusian soldiers sent to the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (9000, "troop")


def test_losses_among_a_group_still_count_the_loss(extractor: Extractor) -> None:
    text = "Casualties among the Belarusian conscripts reached 400 soldiers."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (400, "casualty")
