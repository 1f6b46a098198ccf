"""An opening bare "A spokeswoman said" speaks for the organisation quoted just before
(`bot.nlp.indefinite_press`); after a person, or with "for X", it does not."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_spokeswoman_speaks_for_the_body_just_quoted(extractor: Extractor) -> None:
    text = (
        "NATO said on Friday that it was following the exercises closely. A spokeswoman "
        "said about 9,000 Belarusian troops had been moved west."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 9000 and q.claimant is not None
    assert "NATO" in q.claimant.entities


def test_a_spokesman_after_a_person_is_nobodys_named_voice(extractor: Extractor) -> None:
    # Near miss: a person has no press office the spokesman must belong to.
    text = (
        "Lukashenko said on Friday that the exercises were routine. A spokesman said about "
        "9,000 Belarusian troops had been moved west."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.entities == ()
