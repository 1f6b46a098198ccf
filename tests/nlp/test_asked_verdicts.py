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


def test_an_answer_refusing_to_trust_the_figures_denies_them(extractor: Extractor) -> None:
    text = (
        "Asked by reporters about claims by the Ukrainian navy that some 900 Russian sailors "
        "had been killed at sea, the Kremlin spokesman said Moscow did not believe such "
        "numbers."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 900
    assert q.claimant is not None and q.claimant.denied
    assert "Kremlin" in q.claimant.name


def test_an_answer_trusting_its_own_process_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Asked by reporters about claims by the Ukrainian navy that some 900 Russian sailors "
        "had been killed at sea, the Kremlin spokesman said Moscow believed the talks would "
        "go on."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
