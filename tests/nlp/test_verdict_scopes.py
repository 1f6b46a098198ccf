"""A verdict of untruth denies the figure its speaker's clause names, not one commented on."""

from __future__ import annotations

from bot.nlp import Extractor


def _denials(extractor: Extractor, text: str) -> dict[float | None, bool]:
    return {
        q.value: q.claimant is not None and q.claimant.denied
        for q in extractor.extract(text).quantities
    }


def test_commented_figure_keeps_its_source(extractor: Extractor) -> None:
    text = (
        "Responding to claims that, according to the National Intelligence Service, about "
        "2,500 North Korean soldiers are in Russia, Kremlin spokesman Dmitry Peskov said that "
        'reports of 20,000 North Korean soldiers were "fakes".'
    )
    assert _denials(extractor, text) == {2500: False, 20000: True}


def test_without_a_figure_of_its_own_the_verdict_denies_all(extractor: Extractor) -> None:
    text = (
        "Responding to claims that 2,500 North Korean soldiers are in Russia, Kremlin "
        'spokesman Dmitry Peskov said they were "fakes".'
    )
    assert _denials(extractor, text) == {2500: True}
