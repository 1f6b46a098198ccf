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
