"""A question aside after its speaker, answered with a verdict, denies the premise's figure,
even when the answer's clause opens with another name or the premise is one source's claim."""

from __future__ import annotations

from bot.nlp import Extractor


def test_answer_clause_opening_with_a_name_is_still_the_speakers(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Ivan Petrov, asked about claims by Kyiv that about 7,000 Chadian "
        "soldiers had reached the front, said the ministry saw no point in discussing such "
        "fabrications."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 7000]
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name.endswith("Ivan Petrov")


def test_one_sources_claim_asked_about(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Ivan Petrov, asked about the Kenyan military intelligence service's "
        "claim that about 7,000 Chadian soldiers had died, told reporters that it was "
        "\"propaganda\"."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 7000]
    assert q.claimant is not None and q.claimant.denied


def test_an_answer_without_a_verdict_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Ivan Petrov, asked about claims by Kyiv that about 7,000 Chadian "
        "soldiers had reached the front, said the ministry would study the report."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 7000]
    assert q.claimant is None or not q.claimant.denied
