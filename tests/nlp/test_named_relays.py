"""A named relay claims the account it passes on; an unnamed one leaves it with its source
(`bot.nlp.named_relays`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimant_name(extractor: Extractor, text: str) -> str | None:
    (q,) = extractor.extract(text).quantities
    return None if q.claimant is None else q.claimant.name


def test_according_to_a_named_lawmaker_after_a_person(extractor: Extractor) -> None:
    text = (
        "General Park told a closed session that about 900 North Korean troops had been "
        "wounded, according to Rep. Kim Min-jae, who attended."
    )
    assert _claimant_name(extractor, text) == "Rep. Kim Min-jae"


def test_a_named_lawmaker_relaying_the_agency_leaves_it_the_claim(extractor: Extractor) -> None:
    # A body named as the speaker keeps its claim (`relayed_bodies`).
    text = (
        "The NIS believes that some 2,500 North Korean soldiers are training near Kursk, "
        "Rep. Han Ji-woo told reporters after the briefing."
    )
    claimant = extractor.extract(text).quantities[0].claimant
    assert claimant is not None and "NIS" in claimant.entities


def test_according_to_a_named_relay_opening_the_sentence(extractor: Extractor) -> None:
    text = "According to Han, General Park also believes about 700 more soldiers will follow."
    assert _claimant_name(extractor, text) == "Han"


def test_an_unnamed_relay_leaves_the_agency(extractor: Extractor) -> None:
    text = (
        "The NIS believes about 900 North Korean soldiers have been wounded, according to a "
        "lawmaker who attended the briefing."
    )
    claimant = extractor.extract(text).quantities[0].claimant
    assert claimant is not None and "NIS" in claimant.entities


def test_a_second_source_with_its_own_account_relays_nothing(extractor: Extractor) -> None:
    text = (
        "The NIS said that about 900 North Korean soldiers had been wounded, and Senator Ann "
        "Cole said Washington would respond."
    )
    claimant = extractor.extract(text).quantities[0].claimant
    assert claimant is not None and "NIS" in claimant.entities
