"""A "; <source>'s figure is ..." clause is that source's count of what the first clause
counted."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_rival_figure_after_a_semicolon(extractor: Extractor) -> None:
    text = (
        "Poland's defence ministry said in March that about 150 Belarusian soldiers had been "
        "killed; Zelensky's figure is lower, at roughly 90 killed."
    )
    first, second = extractor.extract(text).quantities
    assert first.claimant is not None and "Poland" in first.claimant.entities
    assert second.value == 90 and second.actor == "Belarus"
    assert second.claimant is not None and "Volodymyr Zelensky" in second.claimant.entities
    assert second.modality == Modality.REPORTED


def test_second_clause_without_a_source_noun_keeps_the_speaker(extractor: Extractor) -> None:
    text = (
        "Poland's defence ministry said that about 150 Belarusian soldiers had been killed; "
        "officials expect 900 more troops to arrive."
    )
    first, second = extractor.extract(text).quantities
    assert second.actor is None
    assert second.claimant == first.claimant


def test_bare_number_a_rival_figure_is(extractor: Extractor) -> None:
    text = (
        "Warsaw says about 150 Belarusian soldiers have been wounded; Kyiv's estimate is "
        "about 400."
    )
    found = extractor.extract(text).quantities
    (rival,) = [q for q in found if q.value == 400]
    assert (rival.category, rival.actor) == ("casualty", "Belarus")
    assert rival.claimant is not None and "Ukraine" in rival.claimant.entities


def test_a_figure_of_speech_is_no_rival_count(extractor: Extractor) -> None:
    text = "Warsaw says about 150 Belarusian soldiers have been wounded; the figure is rising."
    found = extractor.extract(text).quantities
    assert [q.value for q in found] == [150]


def test_own_count_set_higher_is_the_sources_count(extractor: Extractor) -> None:
    text = (
        "Belarus has lost about 2,000 soldiers, the general said. "
        "Lithuania's own tally is higher, about 2,600."
    )
    by_value = {q.value: q for q in extractor.extract(text).quantities}
    second = by_value[2600]
    assert second.measure == by_value[2000].measure
    assert second.claimant is not None and second.claimant.name == "Lithuania"


def test_own_count_without_a_figure_adds_nothing(extractor: Extractor) -> None:
    text = (
        "Belarus has lost about 2,000 soldiers, the general said. "
        "Lithuania's own tally is higher, by its account."
    )
    assert [q.value for q in extractor.extract(text).quantities] == [2000]
