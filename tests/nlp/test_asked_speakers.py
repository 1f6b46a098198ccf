"""The one asked about a figure answers in the next sentence, and "called the figure a fake"
denies it (`bot.nlp.asked_speakers`, `bot.nlp.references`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_answer_denies_the_figure_asked_about(extractor: Extractor) -> None:
    text = (
        "At a news conference on Monday, government spokesman Omar Haddad was asked about "
        "reports that 2,000 soldiers had been sent to the border. He called the figure "
        '"pure fabrication" and said the army was on its usual exercises.'
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.denied
    assert "Omar Haddad" in q.claimant.name


def test_a_denied_estimate_points_back_too(extractor: Extractor) -> None:
    text = (
        "Activists said 300 protesters had been detained. The interior ministry denied the "
        "figure."
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.name == "Activists"


def test_denying_the_figure_claims_an_unvouched_count(extractor: Extractor) -> None:
    text = "Some 300 protesters were detained overnight. The interior ministry denied the figure."
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name == "The interior ministry"
