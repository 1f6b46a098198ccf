"""An "it" before an active verb of signing is the signer, never the treaty
(`bot.nlp.pronoun_signers`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor

_TREATY = "Chile and Peru signed a defence pact on Monday.\n"


def _stages(extractor: Extractor, text: str) -> list[Stage]:
    return [e.stage for e in extractor.extract(text).events]


def test_it_signing_contracts_is_no_treaty_step(extractor: Extractor) -> None:
    text = _TREATY + "Since 2019, it has signed supply contracts with local shipyards."
    assert _stages(extractor, text) == [Stage.SIGNED]


def test_it_expecting_to_sign_an_order_is_no_treaty_step(extractor: Extractor) -> None:
    text = _TREATY + "The shipyard said it expects to sign a second order for frigates soon."
    assert _stages(extractor, text) == [Stage.SIGNED]


def test_it_as_the_treaty_in_a_passive_is_kept(extractor: Extractor) -> None:
    text = _TREATY + "It must be approved by both parliaments within 90 days, officials said."
    assert _stages(extractor, text) == [Stage.SIGNED, Stage.APPROVED]


def test_it_as_the_object_of_an_active_verb_is_kept(extractor: Extractor) -> None:
    text = _TREATY + "Both parliaments are expected to ratify it within 90 days."
    assert _stages(extractor, text) == [Stage.SIGNED, Stage.RATIFIED]
