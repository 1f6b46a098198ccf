"""A sum restated in another currency is the same sum (`bot.nlp.converted_sums`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    facts = extractor.extract(text)
    return [(q.value, q.actor) for q in facts.quantities if q.category in {"money", "deal"}]


def test_the_gloss_of_a_buyers_sum_is_the_buyers(extractor: Extractor) -> None:
    text = (
        "SEOUL/BUCHAREST, March 3 (Wire) - Romania will buy 54 K9 howitzers from South "
        "Korea's Hanwha Aerospace under a contract worth about 1.3 trillion won ($920 "
        "million), Hanwha said on Tuesday."
    )
    assert _actors(extractor, text) == [
        (1_300_000_000_000, "Romania"),
        (920_000_000, "Romania"),
    ]


def test_with_no_seller_named_each_telling_keeps_its_side(extractor: Extractor) -> None:
    text = (
        "Norway's procurement agency signed a contract for the Norwegian version of South "
        "Korea's K9 howitzer, worth 1.2 trillion won ($900 million)."
    )
    assert _actors(extractor, text) == [
        (1_200_000_000_000, "South Korea"),
        (900_000_000, "Norway"),
    ]
