"""Losses of a "they" standing for troops counted earlier in the sentence
(`bot.nlp.their_losses`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_they_stand_for_the_troops_sent(extractor: Extractor) -> None:
    text = (
        "The ministry says Belarus sent about 4,000 troops to Russia last year and that they "
        "have since suffered some 700 casualties."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(700, "Belarus")]


def test_troops_with_no_owner_lend_none(extractor: Extractor) -> None:
    text = (
        "About 4,000 soldiers were sent to the front, and they have suffered some 700 "
        "casualties."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(700, None)]


def test_the_contingent_stands_for_the_troops_counted(extractor: Extractor) -> None:
    text = (
        "The ministry said about 6,000 soldiers of Belarus remain in the west of Russia, after "
        "the contingent lost about 900 killed and wounded."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(900, "Belarus")]


def test_a_named_force_is_not_the_contingent(extractor: Extractor) -> None:
    text = (
        "The ministry said about 6,000 soldiers of Belarus remain in the west of Russia, after "
        "Polish troops lost about 900 killed and wounded."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(900, "Poland")]


def test_their_losses_reaching_a_level_are_the_troops_country(extractor: Extractor) -> None:
    text = (
        "Officials said about 5,000 soldiers of Belarus are in Russia, and that their losses "
        "since March exceeded 900 killed and wounded."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(900, "Belarus")]


def test_their_losses_of_unowned_troops_stay_unowned(extractor: Extractor) -> None:
    text = (
        "Officials said about 5,000 soldiers are in Russia, and that their losses since March "
        "exceeded 900 killed and wounded."
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(900, None)]


def test_quoted_losses_of_they_take_the_troops_owner(extractor: Extractor) -> None:
    # The source's own words are quoted from the figure on: the quote mark parts the loss
    # verb from the figure but not the figure from "they".
    text = (
        "The minister told parliament that some 6,000 Belarusian soldiers remain in Russia "
        'and that they have suffered "more than 700 casualties".'
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(700, "Belarus")]


def test_quoted_losses_of_unowned_troops_stay_unowned(extractor: Extractor) -> None:
    # Near miss: "they" stands for troops of no named country, so the losses have no owner.
    text = (
        "The minister told parliament that some 6,000 soldiers remain in Russia "
        'and that they have suffered "more than 700 casualties".'
    )
    losses = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    assert [(q.value, q.actor) for q in losses] == [(700, None)]
