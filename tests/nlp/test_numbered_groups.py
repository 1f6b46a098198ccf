""""The three countries said ..." stands for the last list of three states named
(`bot.nlp.numbered_groups`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_three_countries_are_the_three_listed_before(extractor: Extractor) -> None:
    text = (
        "The leaders of Poland, Finland and Estonia met in Riga on Monday. "
        "In a joint statement, the three countries said Belarus had moved about 6,000 "
        "troops to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"Poland", "Finland", "Estonia"}


def test_a_group_of_another_size_takes_no_list(extractor: Extractor) -> None:
    text = (
        "The leaders of Poland, Finland and Estonia met in Riga on Monday. "
        "The two countries said Belarus had moved about 6,000 troops to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.entities


def test_the_two_allies_are_the_pair_that_spoke_just_before(extractor: Extractor) -> None:
    # Fails before: the list scan read "to Belarus, Poland and Lithuania said" as one run of
    # three states, then fell back to a wrong pair.
    text = (
        "Russia is moving more troops to Belarus, Poland and Lithuania said on Monday. "
        "The two allies said about 4,000 Russian soldiers had arrived near Grodno."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None
    assert set(q.claimant.entities) == {"Poland", "Lithuania"}


def test_a_single_earlier_source_is_no_pair(extractor: Extractor) -> None:
    # Near miss: only one state spoke before, and no list of two was named.
    text = (
        "Poland said on Monday that Russia was moving troops. "
        "The two allies said about 4,000 Russian soldiers had arrived near Grodno."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is None or not q.claimant.entities
