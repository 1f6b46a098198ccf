""""... the anniversary of the treaty. The premiers signed an agreement on space": a new
document, not the anniversary's step (`bot.nlp.fresh_documents`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_ANNIVERSARY = (
    "Chile and Peru mark the 30th anniversary of the signing of the Chile-Peru Treaty of "
    "Friendship this year. "
)


def _signed(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_an_agreement_signed_at_the_meeting_is_news(extractor: Extractor) -> None:
    text = _ANNIVERSARY + "On Monday the two premiers signed an agreement on fisheries."
    assert _signed(extractor, text) == [Modality.BACKGROUND, Modality.REPORTED]


def test_the_treaty_signed_again_is_the_anniversarys(extractor: Extractor) -> None:
    text = _ANNIVERSARY + "The two presidents signed the treaty in Lima."
    assert Modality.REPORTED not in _signed(extractor, text)
