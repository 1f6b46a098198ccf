"""A claim dated to the end of a past year, or to the period after one the story told of."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_an_estimate_made_at_the_end_of_a_past_year_is_background(extractor: Extractor) -> None:
    text = (
        "BERLIN, May 4 (Wire) - Talks resumed. Lithuanian officials estimated at the end of "
        "2023 that 4,000 to 5,000 Belarusian soldiers had gathered near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_estimate_of_what_happens_at_the_end_of_a_year_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "BERLIN, May 4 (Wire) - Talks resumed. Lithuanian officials estimated on Monday that "
        "4,000 to 5,000 Belarusian soldiers had gathered near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_claim_made_the_following_year_is_background(extractor: Extractor) -> None:
    text = (
        "BERLIN, May 4 (Wire) - The brigade first deployed in 2023. The defence ministry said "
        "early the following year that about 2,500 more troops had joined it."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert q.modality is Modality.BACKGROUND


def test_a_claim_made_a_year_later_is_background(extractor: Extractor) -> None:
    text = (
        "BERLIN, May 4 (Wire) - The brigade first deployed in 2023. The defence ministry "
        "reported a year later that about 2,500 more troops had joined it."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert q.modality is Modality.BACKGROUND


def test_a_claim_made_now_about_the_following_year_stays_news(extractor: Extractor) -> None:
    text = (
        "BERLIN, May 4 (Wire) - The brigade first deployed in 2023. The defence ministry said "
        "on Monday that about 2,500 more troops had joined it the following year."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert q.modality is Modality.REPORTED
