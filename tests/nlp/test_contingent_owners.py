"""An ownerless troop count of "the contingent" takes the side of the last count before it."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = (
    "NAIROBI, June 4 (Wire) - Kenya handed 90 Somali soldiers back to Mogadishu on Tuesday, "
    "the foreign ministry said. "
    "Officials in Khartoum said Chad had sent about 2,000 soldiers to Darfur this spring. "
)


def test_the_contingent_takes_the_last_counted_side(extractor: Extractor) -> None:
    text = _OPENING + "The contingent now numbers about 6,500 troops, an official said."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 6500]
    assert q.actor == "Chad"


def test_an_owned_contingent_is_left_alone(extractor: Extractor) -> None:
    text = _OPENING + "The Kenyan contingent now numbers about 6,500 troops, an official said."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 6500]
    assert q.actor == "Kenya"
