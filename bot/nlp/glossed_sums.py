"""An amount glossed in English right after its original wording is one amount: "1,2
miliardi euros (1.2 billion euros)", "10.471 millones de euros (10,471 million euros)".
Translated copy keeps the source's number and adds the translator's reading in brackets;
once both are read (continental_numbers.py) the gloss would count the sum twice. Only a
bracket straight after the first telling, with the same value and measure: "(about 64
million euros)" after a sum in crowns is a conversion (converted_sums.py) and stays."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence


def without_glosses(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """The sentence's figures less each bracketed restatement of the figure before it."""
    text = s.tokens.text
    kept = quantities[:1]
    for q in quantities[1:]:
        before = kept[-1]
        if (
            q.value == before.value and q.value_max == before.value_max
            and q.measure == before.measure and text[before.end : q.start].strip() == "("
        ):  # fmt: skip
            continue
        kept.append(q)
    return kept
