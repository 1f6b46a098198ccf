"""A body named with the country it works in speaks for itself, not for that country."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_un_mission_in_a_country_is_the_uns(extractor: Extractor) -> None:
    text = "At least 50 civilians were killed in May, the UN mission in Ukraine said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ("UN",)


def test_officials_in_a_country_stay_that_countrys(extractor: Extractor) -> None:
    text = "At least 50 civilians were killed in May, officials in Ukraine said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_a_states_official_posted_abroad_speaks_for_the_state(extractor: Extractor) -> None:
    text = "The French commander in Mali told reporters that about 900 rebels were killed."
    found = extractor.extract(text).quantities
    assert found[0].claimant is not None and found[0].claimant.entities == ("France",)


def test_a_list_of_a_state_and_officials_in_a_place_keeps_both(extractor: Extractor) -> None:
    text = "France and officials in Mali said about 900 rebels were killed."
    found = extractor.extract(text).quantities
    assert found[0].claimant is not None and "Mali" in found[0].claimant.entities
