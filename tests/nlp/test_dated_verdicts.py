"""A verdict noun whose "that" clause follows a date still calls the clause untrue
(`bot.nlp.dated_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_fabrication_on_a_date_that_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "Hostile outlets spread a crude fabrication on March 3, 2024, that the army "
        '"lost 1,200 soldiers" near the river.'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_lie_on_a_weekday_that_denies_the_figure(extractor: Extractor) -> None:
    text = "Opposition papers floated the lie on Monday that 800 tanks had been destroyed."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_report_on_a_page_that_is_no_verdict(extractor: Extractor) -> None:
    text = "The paper printed the lie detector results on page three that 800 tanks were lost."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
