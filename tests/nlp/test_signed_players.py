"""A club signing a player "to" a deal is no treaty step."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _signed(extractor: Extractor, text: str) -> list[tuple[str, ...]]:
    return [e.parties for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_player_signed_to_a_deal_is_no_treaty(extractor: Extractor) -> None:
    text = ("The Lotte Giants have signed Canadian left-hander Owen Price to a two-year deal "
            "worth up to $2 million, the club said.")  # fmt: skip
    assert not _signed(extractor, text)


def test_a_pact_signed_to_applause_stays_a_signing(extractor: Extractor) -> None:
    # near miss: the object of "signed" is the pact itself
    text = "Poland and South Korea signed the pact to a standing ovation in Seoul."
    assert _signed(extractor, text) == [("Poland", "South Korea")]


def test_a_player_signed_on_a_contract_is_no_treaty(extractor: Extractor) -> None:
    # "on a ... contract": the British and Irish sports pages' way of putting it.
    text = (
        "Treaty Rovers have signed midfielder Sean Keane from Galway United on an 18-month "
        "contract, the club said on Friday."
    )
    assert not _signed(extractor, text)


def test_a_pact_signed_on_a_visit_stays_a_signing(extractor: Extractor) -> None:
    # Near miss: "on a visit" is no deal; the pact is signed.
    text = "Poland and South Korea signed the defence pact on a visit to Seoul on Monday."
    assert _signed(extractor, text) == [("Poland", "South Korea")]
