"""Figures a closing tag dates to an earlier hand-out (`bot.nlp.recap_tails`)."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _only(extractor: Extractor, text: str, value: float) -> Quantity:
    return next(q for q in extractor.extract(text).quantities if q.value == value)


def test_figures_tagged_as_given_in_an_earlier_month_are_history(extractor: Extractor) -> None:
    text = (
        "KYIV, Sept. 9 (Agency) -- Talks stalled again on Tuesday.\n"
        "The spy agency has said that the North has sent about 12,000 soldiers to Russia and "
        "that some 900 of them have died, figures it gave lawmakers in June."
    )
    assert _only(extractor, text, 12000).modality is Modality.BACKGROUND
    assert _only(extractor, text, 900).modality is Modality.BACKGROUND


def test_figures_tagged_as_released_last_month_are_history(extractor: Extractor) -> None:
    text = (
        "The ministry says 4,300 soldiers have been deployed to the border, numbers the "
        "ministry released last month."
    )
    assert _only(extractor, text, 4300).modality is Modality.BACKGROUND


def test_a_tag_dated_in_the_datelines_own_week_stays_news(extractor: Extractor) -> None:
    text = (
        "KYIV, Sept. 9 (Agency) -- Talks stalled again on Tuesday.\n"
        "The spy agency said the North has sent about 12,000 soldiers to Russia, figures it "
        "gave lawmakers on Sept. 8."
    )
    assert _only(extractor, text, 12000).modality is Modality.REPORTED


def test_an_undated_figures_tag_stays_news(extractor: Extractor) -> None:
    text = (
        "The spy agency said the North has sent about 12,000 soldiers to Russia, figures "
        "that show the deployment growing."
    )
    assert _only(extractor, text, 12000).modality is Modality.REPORTED
