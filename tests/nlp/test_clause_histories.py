"""Earlier accounts inside a sentence: a stale date after a colon, and a claim told "later"
than a stale one (`bot.nlp.clause_histories`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "OSLO, Sept. 20 (Agency) - Ministers met.\n"


def test_a_clause_after_a_colon_with_a_past_month_is_history(extractor: Extractor) -> None:
    text = _DATELINE + (
        "Norway's figures were more modest: in April, the army staff put the losses at some "
        "2,300 casualties."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (2300, Modality.BACKGROUND)


def test_a_clause_after_a_colon_with_this_month_stays_news(extractor: Extractor) -> None:
    text = _DATELINE + (
        "Norway's figures were more modest: in September, the army staff put the losses at "
        "some 2,300 casualties."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_claim_later_than_a_stale_claim_is_history(extractor: Extractor) -> None:
    text = _DATELINE + (
        "The defence staff said in April that about 900 soldiers had been sent north, and "
        "Oslo later put the whole contingent at 4,000 soldiers."
    )
    modalities = [(q.value, q.modality) for q in extractor.extract(text).quantities]
    assert modalities == [(900, Modality.BACKGROUND), (4000, Modality.BACKGROUND)]


def test_a_claim_later_than_a_fresh_claim_stays_news(extractor: Extractor) -> None:
    text = _DATELINE + (
        "The defence staff said on Thursday that about 900 soldiers had been sent north, and "
        "Oslo later put the whole contingent at 4,000 soldiers."
    )
    modalities = [q.modality for q in extractor.extract(text).quantities]
    assert modalities == [Modality.REPORTED, Modality.REPORTED]
