"""A second reporting verb after "and" shares the first verb's speaker
(`bot.nlp.shared_speakers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_second_verb_keeps_the_speaker_and_the_counted_side(extractor: Extractor) -> None:
    text = (
        "Ruto said on Friday that more than 400 Somali fighters had been killed near the "
        "border and warned that Mogadishu could send more militias."
    )
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"
    assert q.actor == "Somalia"
    assert q.claimant is not None and q.claimant.name == "Ruto"
