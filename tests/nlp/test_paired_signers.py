"""A priced agreement two states sign is a treaty step (`bot.nlp.paired_signers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_two_states_sign_a_priced_loan_agreement(extractor: Extractor) -> None:
    text = "Germany and Moldova signed a €500m credit agreement on Thursday."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"
    assert set(event.parties) == {"Germany", "Moldova"}


def test_a_boards_priced_agreement_is_no_treaty(extractor: Extractor) -> None:
    text = "The board signed a €500m credit agreement on Thursday."
    assert extractor.extract(text).events == ()
