"""A bare number joined to a group of troops ("contingent", "troop count") counts troops."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contingent_sized_with_no_noun_counts_troops_of_the_last_count(
    extractor: Extractor,
) -> None:
    text = (
        "Roughly 3,500 Belarusian soldiers have crossed into the region, officials said. "
        "Lithuanian intelligence said on Friday the contingent now numbers about 4,200."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4200]
    assert (q.category, q.actor, q.qualifier) == ("troop", "Belarus", "about")


def test_a_demonym_before_the_troop_count_owns_it(extractor: Extractor) -> None:
    text = "Warsaw alarmed as Belarusian troop count near border climbs past 6,000"
    [q] = [q for q in extractor.extract(text).quantities if q.value == 6000]
    assert (q.category, q.actor) == ("troop", "Belarus")


def test_a_bare_number_after_an_unrelated_noun_stays_unread(extractor: Extractor) -> None:
    text = "The committee raised the budget ceiling to 6,000 after a long debate."
    assert not [q for q in extractor.extract(text).quantities if q.category == "troop"]
