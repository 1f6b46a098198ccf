"""A deal whose contents are weapons is a purchase, no treaty (`bot.nlp.covered_goods`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_deal_covering_missiles_is_no_treaty(extractor: Extractor) -> None:
    text = ("The deal, concluded with the United States under a government sales programme, "
            "also covers training, spare parts and missiles, the minister said.")
    assert extractor.extract(text).events == ()


def test_a_deal_covering_cooperation_stays_a_treaty(extractor: Extractor) -> None:
    text = ("The deal, concluded with the United States on Monday, also covers training, "
            "intelligence sharing and joint exercises, the minister said.")
    assert [e.stage.value for e in extractor.extract(text).events] == ["signed"]
