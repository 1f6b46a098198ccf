"""An opening "Its spokesman" or a bare "A spokeswoman" speaks for the organisation the text was
just about (`bot.nlp.possessive_press`), but not after a person or with "for X"; a giver set
off by an appositive gives its figures (`bot.nlp.figure_givers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_spokeswoman_speaks_for_the_body_before(extractor: Extractor) -> None:
    text = (
        "Kyiv's military intelligence agency, the GUR, offers a higher estimate. Its "
        "spokeswoman told a radio station that 3,500 North Korean soldiers had been wounded."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 3500 and q.claimant is not None
    assert "GUR" in q.claimant.entities


def test_its_commander_keeps_his_own_word(extractor: Extractor) -> None:
    # Near miss: a commander is no press role, so he is not the agency's voice.
    text = (
        "Kyiv's military intelligence agency, the GUR, offers a higher estimate. Its "
        "commander told a radio station that 3,500 North Korean soldiers had been wounded."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 3500 and q.claimant is not None
    assert q.claimant.entities == ()


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
