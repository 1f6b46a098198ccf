"""A month after "from its earlier estimate of N" dates that estimate, not the news figure
(`bot.nlp.estimate_levels`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == value]
    return q.modality


def test_month_after_an_earlier_estimate_dates_only_that_estimate(
    extractor: Extractor,
) -> None:
    text = (
        "KYIV, Nov 12 (Wire) - Belarus has lost more than 3,000 soldiers killed in the "
        "border clashes, the ministry said Tuesday, up from its previous estimate of 900 "
        "in June."
    )
    assert _modality(extractor, text, 3000) == Modality.REPORTED


def test_month_after_a_done_act_still_dates_the_figure(extractor: Extractor) -> None:
    # Near miss: no older estimate between the figure and the month.
    text = (
        "KYIV, Nov 12 (Wire) - Belarus lost more than 3,000 soldiers killed in the "
        "border clashes in June, the ministry said Tuesday."
    )
    assert _modality(extractor, text, 3000) == Modality.BACKGROUND
