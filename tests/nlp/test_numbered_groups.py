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
