"""A law or decree denouncing a treaty withdraws from it; the verb alone only condemns."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_law_denouncing_a_convention_is_a_withdrawal(extractor: Extractor) -> None:
    text = (
        "Belarusian President Alexander Lukashenko on Tuesday signed a law denouncing the "
        "convention on the transfer of sentenced persons."
    )
    withdrawn = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert [(e.parties, e.modality) for e in withdrawn] == [(("Belarus",), Modality.REPORTED)]


def test_a_decree_on_denouncing_an_agreement_is_a_withdrawal(extractor: Extractor) -> None:
    text = "Russia's president issued a decree on denouncing the agreement with Georgia."
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.WITHDRAWN in stages


def test_denouncing_a_treaty_in_words_is_no_step(extractor: Extractor) -> None:
    text = "Pyongyang denounced the treaty between Seoul and Washington as a war plot."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
