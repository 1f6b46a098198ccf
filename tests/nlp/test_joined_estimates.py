"""An estimate owned by two joined names ("South Korean and Ukrainian estimates") is a claim
of both; a name joined to something else keeps the one owner."""

from __future__ import annotations

from bot.nlp import Extractor


def test_joined_demonyms_own_the_estimate(extractor: Extractor) -> None:
    text = (
        "The analysis cites South Korean and Ukrainian estimates that more than 20,000 North "
        "Korean military personnel have been sent to Russia since 2024."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"South Korea", "Ukraine"}


def test_name_joined_to_a_plain_noun_keeps_one_owner(extractor: Extractor) -> None:
    text = (
        "The report weighs Russia's denials and Ukrainian estimates that 2,000 North Korean "
        "soldiers were killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("Ukraine",)
