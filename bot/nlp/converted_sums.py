"""A sum restated in another currency is the same sum: "4.8 trillion won ($3.3 billion)",
"13.5 trillion roubles, or roughly $145 billion". The restatement is planned or done as the
sum it restates is, and belongs to the same side: the dollar gloss of a buyer's contract is
the buyer's, even when the seller's name sits nearer to it."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_MONEY = frozenset({"money", "deal"})
CONVERSION_GAPS = frozenset({"(", ", or", ", or roughly", ", or about", "or"})


def conversions_follow(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """The sentence's figures with each restated sum carrying the modality and actor of the
    sum it restates."""
    text = s.tokens.text
    for k in range(1, len(quantities)):
        before, q = quantities[k - 1], quantities[k]
        if before.category not in _MONEY or q.category not in _MONEY:
            continue
        actor = _owner(s, before.actor, q.actor)
        if q.modality is before.modality and actor == (before.actor, q.actor):
            continue  # most pairs: no need to cut the text between them
        gap = " ".join(text[before.end : q.start].split()).lower()
        if gap in CONVERSION_GAPS:
            quantities[k - 1] = replace(before, actor=actor[0])
            quantities[k] = replace(q, modality=before.modality, actor=actor[1])
    return quantities


def _owner(s: Sentence, first: str | None, second: str | None) -> tuple[str | None, str | None]:
    """The actors of a sum's two tellings. An actor-less first telling lends nothing. When
    both name one and disagree, the sum is not the side it is bought "from" ("will buy
    launchers from South Korea's Hanwha under a 4.8 trillion won ($3.3 billion) contract":
    the seller's name sits nearest the dollar gloss); with no seller named, each keeps its
    own reading, as nothing says which telling misread."""
    if first is None or first == second:
        return first, second
    if second is None:
        return first, first
    sellers = {
        found.entity
        for found in s.mentions
        if found.start > s.start and s.lowers[found.start - 1] == "from"
    }
    if (first in sellers) == (second in sellers):
        return first, second
    owner = second if first in sellers else first
    return owner, owner
