"""A deployment sized in a relative clause is its possessor's
(`bot.nlp.possessed_deployments`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_relative_clause_sizes_the_possessors_deployment(extractor: Extractor) -> None:
    text = (
        "The ministers announced sanctions over Minsk's deployment of soldiers to Syria, "
        "which Ankara puts at about 3,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Belarus"
    assert q.claimant is not None and "Turkey" in q.claimant.entities


def test_possessive_of_another_noun_gives_no_owner(extractor: Extractor) -> None:
    # Near miss: "Minsk's view", not a sending of troops.
    text = (
        "The ministers announced sanctions over Minsk's view of soldiers in Syria, "
        "which Ankara puts at about 3,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
