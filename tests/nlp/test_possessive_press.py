"""An opening "Its spokesman" speaks for the organisation the text was just about
(`bot.nlp.possessive_press`), and a giver set off by an appositive gives its figures
(`bot.nlp.figure_givers`)."""

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
