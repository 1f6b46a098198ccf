"""A done act dated "late last year" or "early last year" is the story's background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_deployment_late_last_year_is_background(extractor: Extractor) -> None:
    text = "Belarus sent about 4,000 soldiers to the border late last year."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_reported_deployment_late_last_year_is_background(extractor: Extractor) -> None:
    # The perfect "have said" is the sources' telling, not the act's.
    text = (
        "Poland and Lithuania have said Belarus sent about 4,000 soldiers to the border "
        "early last year."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_bare_last_year_total_stays_news(extractor: Extractor) -> None:
    text = "Belarus sent about 4,000 soldiers to the border last year, the ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_count_since_late_last_year_stays_news(extractor: Extractor) -> None:
    text = "Belarus has sent about 4,000 soldiers to the border since late last year."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
