"""Vague amounts told after what they count (`bot.nlp.vague_estimates`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _vague(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.measure, q.qualifier, q.actor)
        for q in extractor.extract(text).quantities
        if q.value is None
    ]


def test_an_estimate_verb_puts_losses_at_a_quoted_vague_amount(extractor: Extractor) -> None:
    text = 'Last week London put Russian casualties at "several thousand," officials said.'
    assert _vague(extractor, text) == [("casualty", "several thousand", "Russia")]


def test_an_estimate_verb_puts_losses_in_the_dozens(extractor: Extractor) -> None:
    text = "Kyiv and Warsaw put Belarusian losses so far in the dozens, the minister said."
    assert _vague(extractor, text) == [("casualty", "dozens", "Belarus")]


def test_losses_suffered_in_the_hundreds(extractor: Extractor) -> None:
    text = 'The minister said Russian units had suffered casualties "in the hundreds" this week.'
    assert _vague(extractor, text) == [("casualty", "hundreds", "Russia")]


def test_a_few_thousand_keeps_its_article(extractor: Extractor) -> None:
    text = "Analysts put Russian losses at a few thousand."
    assert _vague(extractor, text) == [("casualty", "a few thousand", "Russia")]


def test_people_in_the_thousands_are_no_estimate(extractor: Extractor) -> None:
    assert _vague(extractor, "Fans in the thousands lined the streets of Kyiv.") == []


def test_money_put_at_hundreds_of_millions_is_left_alone(extractor: Extractor) -> None:
    # "of" follows: the amount's own noun is read by the figure rules, not by this one.
    text = "Officials put the cost of the Russian attack at hundreds of millions of dollars."
    assert ("casualty", "hundreds", None) not in _vague(extractor, text)


def test_several_hundreds_puts_losses_at_several_hundred(extractor: Extractor) -> None:
    text = 'Earlier, London had put Belarusian casualties in the "several hundreds," it said.'
    assert _vague(extractor, text) == [("casualty", "several hundred", "Belarus")]


def test_losses_that_were_in_the_hundreds(extractor: Extractor) -> None:
    text = 'London said Belarusian casualties were in the "several hundreds".'
    assert _vague(extractor, text) == [("casualty", "several hundred", "Belarus")]


def test_fans_that_were_in_the_hundreds_are_no_losses(extractor: Extractor) -> None:
    text = "The club said its fans were in the several hundreds at the final."
    assert _vague(extractor, text) == []


def test_casualties_numbering_in_the_hundreds(extractor: Extractor) -> None:
    # a participle of counting links the losses to their vague size, as "were" does
    text = 'Kyiv said it had seen reports of Belarusian casualties numbering "in the hundreds".'
    assert _vague(extractor, text) == [("casualty", "hundreds", "Belarus")]


def test_fans_numbering_in_the_thousands_is_no_estimate(extractor: Extractor) -> None:
    # near miss: fans are no losses
    assert not _vague(extractor, "Police said fans numbering in the thousands had gathered.")
