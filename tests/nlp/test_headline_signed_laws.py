"""A lone head of state's headline signing over a body telling the ratification law he
signed is that ratification (`bot.nlp.headline_signed_laws`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _stages(extractor: Extractor, text: str) -> set[Stage]:
    return {e.stage for e in extractor.extract(text).events if e.modality is Modality.REPORTED}


def test_a_president_signing_a_treaty_over_its_ratification_law(extractor: Extractor) -> None:
    text = (
        "Latvian president signs security treaty with Sweden\n"
        "Latvia's President Edgars Rinkevics on Tuesday signed the law ratifying a security "
        "treaty with Sweden, his office said."
    )
    assert Stage.SIGNED not in _stages(extractor, text)


def test_two_leaders_signing_in_the_headline_stay_a_signing(extractor: Extractor) -> None:
    text = (
        "Latvian and Swedish presidents sign security treaty\n"
        "The presidents of Latvia and Sweden on Tuesday signed a security treaty in Riga, "
        "which the two parliaments must still ratify."
    )
    assert Stage.SIGNED in _stages(extractor, text)
