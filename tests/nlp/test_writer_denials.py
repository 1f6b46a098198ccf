"""A figure in the clause a verdict noun opens ("the lie that ...") is denied by the voice
speaking in the text, with no verb of saying."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_lie_that_denies_the_figure(extractor: Extractor) -> None:
    text = "Kyiv's propaganda outlets spread the blatant lie that 900 Russian tanks were lost."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_the_denial_is_the_speaker_before(extractor: Extractor) -> None:
    text = (
        "The Belarusian defence ministry said on Monday that its forces were on alert. "
        "Polish media floated the fabrication that 4,000 Belarusian soldiers had deserted."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.denied
    assert "Belarus" in q.claimant.entities


def test_a_lie_that_opens_no_clause_is_left_alone(extractor: Extractor) -> None:
    text = "A lie detector test of 40 suspects was ordered by the court."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
