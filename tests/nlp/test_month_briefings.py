"""Figures given in a report named by an earlier month (`bot.nlp.month_briefings`)."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _casualties(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    return q


def test_a_figure_from_an_earlier_months_briefing_is_history(extractor: Extractor) -> None:
    text = (
        "KYIV, April 3 (Agency) -- Losses have mounted, and the ministry put them at about "
        "4,200 killed and wounded in its February briefing."
    )
    assert _casualties(extractor, text).modality is Modality.BACKGROUND


def test_the_article_months_own_briefing_is_news(extractor: Extractor) -> None:
    text = (
        "KYIV, April 3 (Agency) -- Losses have mounted, and the ministry put them at about "
        "4,200 killed and wounded in its April briefing."
    )
    assert _casualties(extractor, text).modality is Modality.REPORTED


def test_an_older_estimate_set_beside_a_new_one_is_left_to_its_own_rule(
    extractor: Extractor,
) -> None:
    text = (
        "KYIV, April 3 (Agency) -- The ministry said about 4,200 soldiers had been killed, "
        "up from its February estimate of 1,900."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 4200)
    assert q.modality is Modality.REPORTED
