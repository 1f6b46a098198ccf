"""Whose claim a figure is when a sentence names several sources (`bot.nlp.source_scope`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_state_belief_relayed_by_a_named_speaker_is_the_speaker_claim(
    extractor: Extractor,
) -> None:
    text = "Japan believes Beijing has moved some 2,400 marines to the island, Sato said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Sato"


def test_a_belief_without_a_relaying_speaker_stays_the_state_claim(extractor: Extractor) -> None:
    text = "Japan believes Beijing has moved some 2,400 marines to the island."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Japan" in q.claimant.entities


def test_officials_of_several_states_are_a_claim_of_each(extractor: Extractor) -> None:
    text = "Polish, German and Lithuanian officials say more than 3,000 Belarusian troops massed."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.name == "Polish, German and Lithuanian officials"
    assert q.claimant.entities == ("Poland", "Germany", "Lithuania")


def test_officials_of_a_state_and_a_group_that_is_none_are_no_claimant(
    extractor: Extractor,
) -> None:
    text = "Western and Finnish officials say about 2,000 Russian troops moved to the border."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_officials_of_one_state_stay_the_claimant(extractor: Extractor) -> None:
    text = "Lithuanian officials say more than 3,000 Belarusian troops massed near the border."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Lithuania" in q.claimant.entities


def test_listeners_briefed_by_an_agency_tell_their_own_account(extractor: Extractor) -> None:
    text = "Senators briefed by the Pentagon said on Friday that 700 marines had landed."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Senators"
