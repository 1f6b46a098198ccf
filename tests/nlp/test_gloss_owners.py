"""A currency gloss keeps the side its sum gains from the whole article
(`bot.nlp.gloss_owners`)."""

from __future__ import annotations

from bot.nlp import Extractor

# A portal's page: headline, section and time stamp, then the body.
_HEADLINE = (
    "Armament Agency signs PLN 3.9bn contract for 48 more K9 howitzers\n"
    "Defence | 12.03.2025 | 09:15\n"
)


def _sums(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    facts = extractor.extract(text)
    return [(q.value, q.measure, q.actor) for q in facts.quantities
            if q.category in {"money", "deal"}]  # fmt: skip


def test_the_dollar_gloss_takes_the_side_the_headline_gives(extractor: Extractor) -> None:
    text = _HEADLINE + (
        "The Armament Agency on Monday signed a third executive contract with South Korea's "
        "Hanwha Aerospace for 48 K9 self-propelled howitzers, worth PLN 3.9 billion ($990 "
        "million), the Ministry of National Defence said."
    )
    body = _sums(extractor, text)[-2:]
    assert body == [(3_900_000_000, "zloty", "Poland"), (990_000_000, "dollar", "Poland")]


def test_a_sum_that_is_no_gloss_takes_nothing(extractor: Extractor) -> None:
    # Near miss: a second sum joined by "and" is another sum, not the first one restated.
    text = _HEADLINE + (
        "The Armament Agency on Monday signed a third executive contract with South Korea's "
        "Hanwha Aerospace for 48 K9 self-propelled howitzers, worth PLN 3.9 billion, and a "
        "service deal worth $90 million, the Ministry of National Defence said."
    )
    assert (90_000_000, "dollar", None) in _sums(extractor, text)
