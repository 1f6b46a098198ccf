"""A source introduced as "Its military intelligence agency" is the body of the country the
sentence before was about (`bot.nlp.owned_bodies`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_agency_is_the_previous_subjects_body(extractor: Extractor) -> None:
    text = (
        "Ukraine rejects the claim that the village has fallen, saying its units still hold "
        "the station. Its military intelligence agency puts the enemy's losses at about "
        "2,300 killed and wounded."
    )
    facts = extractor.extract(text)
    claimant = next(q.claimant for q in facts.quantities if q.value == 2300)
    assert claimant is not None
    assert claimant.entities == ("GUR", "Ukraine")
    assert "GUR" in facts.entities()


def test_an_unknown_body_stays_unnamed(extractor: Extractor) -> None:
    text = (
        "Ukraine rejects the claim that the village has fallen. Its weather service puts "
        "the losses at about 2,300 killed and wounded."
    )
    facts = extractor.extract(text)
    claimant = next(q.claimant for q in facts.quantities if q.value == 2300)
    assert claimant is None or "GUR" not in claimant.entities
    assert "GUR" not in facts.entities()
