"""The "by" source of "claims by X that N" owns the figure when the sentence has no claim
cue of its own (`bot.nlp.by_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_question_about_claims_by_a_source_is_the_sources(extractor: Extractor) -> None:
    text = (
        "The spokeswoman spoke when asked about reports by Japan's defence ministry that "
        "900 North Korean troops had landed in Vladivostok."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Japan" in q.claimant.entities
    assert not q.claimant.denied


def test_claims_dismissed_by_the_speaker_stay_the_speakers_denial(
    extractor: Extractor,
) -> None:
    # Near miss: the dismissal is the sentence's claim cue; the "by" source is not the voice.
    text = (
        "Asked about reports by Japan's defence ministry that 900 North Korean troops had "
        "landed in Vladivostok, Lavrov called them \"a fabrication\"."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied and "Japan" not in q.claimant.entities
