"""An "according to" a record (data, estimates) yields to the speaker who cites it
(`bot.nlp.claim_choice`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_speaker_citing_a_record_claims_the_figure(extractor: Extractor) -> None:
    text = (
        '"According to preliminary figures, about 3,000 Belarusian soldiers have been wounded '
        "in the fighting,\" Moldova's President Maia Sandu wrote on Telegram."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Maia Sandu" in q.claimant.name


def test_a_record_alone_stays_the_source(extractor: Extractor) -> None:
    text = (
        "According to preliminary figures, about 3,000 Belarusian soldiers have been wounded "
        "in the fighting."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "preliminary figures"
