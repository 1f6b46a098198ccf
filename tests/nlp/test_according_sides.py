""""According to <name>, <title naming a side>, the enemy lost N": the title's side is the
claimant's, and its enemy the other side."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_titles_side_names_the_enemy(extractor: Extractor) -> None:
    text = (
        "According to Oleg Petrov, head of the press service of the Russian ground forces, "
        "the enemy lost more than 1,300 soldiers near the river last week."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Ukraine"


def test_a_title_naming_no_side_leaves_the_enemy_unnamed(extractor: Extractor) -> None:
    text = (
        "According to Oleg Petrov, head of the regional press service, the enemy lost more "
        "than 1,300 soldiers near the river last week."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None


def test_a_side_in_a_clause_of_its_own_is_not_the_title(extractor: Extractor) -> None:
    text = (
        "According to Oleg Petrov, who met Ukrainian envoys in Geneva, the enemy lost more "
        "than 1,300 soldiers near the river last week."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
