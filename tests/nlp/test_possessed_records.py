"""A record named with its keeper ("the ministry's figures") is cited, not a speaker."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> list[str | None]:
    return [
        q.claimant.name if q.claimant else None for q in extractor.extract(text).quantities
    ]


def test_a_speaker_citing_a_keepers_record_claims_the_figure(extractor: Extractor) -> None:
    text = (
        "Budanov said Russian units had lost about 31,000 men in May, "
        "according to the General Staff's weekly figures."
    )
    assert _claimants(extractor, text) == ["Budanov"]


def test_a_keepers_record_alone_stays_the_source(extractor: Extractor) -> None:
    text = "About 31,000 Russian soldiers were lost in May, according to the Army's figures."
    assert _claimants(extractor, text) == ["the Army's figures"]


def test_a_named_body_after_a_speaker_still_relays(extractor: Extractor) -> None:
    # "according to the General Staff" names a body, not a record: it still relays.
    text = (
        "Budanov said about 31,000 Russian soldiers were lost in May, "
        "according to the General Staff."
    )
    assert _claimants(extractor, text) == ["the General Staff"]
