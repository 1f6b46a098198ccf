"""A story's figure whose story the text then calls untrue ("The claim that ... is a lie")
is denied; a story with no verdict is not."""

from __future__ import annotations

from bot.nlp import Extractor


def test_story_that_is_a_fabrication_denies(extractor: Extractor) -> None:
    text = (
        "The report, spread by hostile media and repeated in Warsaw, that Minsk moved "
        "\"as many as 9,000 soldiers\" to the border is nothing but a sheer fabrication."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 9000 and q.claimant is not None and q.claimant.denied


def test_claim_that_is_a_lie_denies(extractor: Extractor) -> None:
    text = "The claim that 400 Belarusian tanks were lost is a lie."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_story_without_verdict_is_not_denied(extractor: Extractor) -> None:
    text = "The report that 400 Belarusian tanks were lost is based on satellite images."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_claim_in_an_interview_answer_is_denied(extractor: Extractor) -> None:
    text = (
        "Q: Western media report heavy Belarusian losses. Your comment?\n"
        "A: The claim that 400 Belarusian tanks were lost is a fiction of their propaganda."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_claim_in_an_interview_answer_without_verdict_is_not_denied(
    extractor: Extractor,
) -> None:
    text = (
        "Q: Western media report heavy Belarusian losses. Your comment?\n"
        "A: The claim that 400 Belarusian tanks were lost is based on satellite images."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
