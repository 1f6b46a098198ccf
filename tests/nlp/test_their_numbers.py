""""put their number at N" counts the people named earlier in the same sentence."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = "ABUJA, May 3 (Wire) - The army said about 900 rockets had hit the town last month. "


def test_their_number_counts_the_group_named_before(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Kenyan officials said on Monday that Chadian soldiers were still in the border "
        "district, and put their number at about 4,000."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.category == "troop"
    assert q.actor == "Chad"


def test_the_number_without_their_keeps_the_last_count(extractor: Extractor) -> None:
    text = _BEFORE + "Kenyan officials said on Monday that they put the number at about 4,000."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.category == "rocket"
