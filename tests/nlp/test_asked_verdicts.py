"""A figure a source was asked about and whose answer calls it untrue is that source's
denial (`bot.nlp.asked_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_answer_calling_the_claims_speculation_denies_them(extractor: Extractor) -> None:
    text = (
        "Asked to comment on the claims of Ukrainian intelligence that about 3,000 Russian "
        "soldiers had been killed near the town, the spokesman said the Kremlin would not "
        '"take part in speculation".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_an_answer_without_a_verdict_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Asked about the claims of Ukrainian intelligence that about 3,000 Russian soldiers "
        "had been killed near the town, the spokesman said the talks would continue."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
