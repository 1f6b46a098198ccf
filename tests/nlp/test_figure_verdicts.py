"""A verdict whose subject names the figures told, with an aside before its verb."""

from __future__ import annotations

from bot.nlp import Extractor


def test_scare_quoted_figures_with_an_aside_called_lies_are_denied(extractor: Extractor) -> None:
    text = (
        "The enemy's spy service has again prattled that \"some 6,000\" KPA soldiers are "
        "still abroad. Such \"figures\", which they revise every season, are nothing but "
        "sheer lies invented for a smear campaign."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_fabricated_figures_called_a_farce_are_denied(extractor: Extractor) -> None:
    text = (
        "The spy service has again dreamt up a story that 4,000 Korean People's Army soldiers "
        "were killed. "
        "These fabricated figures, leaked to their lawmakers in secret, are nothing but a "
        "crude farce."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_figures_with_an_aside_and_no_verdict_stay_news(extractor: Extractor) -> None:
    text = (
        "The spy service said 4,000 soldiers were killed. These figures, which the agency "
        "released on Monday, are the highest yet."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
