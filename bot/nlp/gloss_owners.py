"""A sum's restatement in another currency keeps the side its sum gains later in the
article: "Armament Agency signs PLN 6.48bn contract ..." over "worth PLN 6.48 billion ($1.64
billion)". The headline names no buyer either, but a rule that reads the whole document
(the headline's own figure, a country heading, a box title) may give the zloty sum its
side after the sentence was read; the dollar gloss is the same sum, so it belongs to the
same side (`converted_sums` does this within a sentence, before those rules run).

Only a gloss with no side of its own takes one: a gloss whose side was read ("the seller's
name sits nearer") keeps it, and a first telling with no side lends nothing."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.converted_sums import CONVERSION_GAPS

_MONEY = frozenset({"money", "deal"})


def glosses_follow(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The figures with each side-less currency gloss given the side of the sum before it."""
    out = list(quantities)
    for k in range(1, len(out)):
        before, q = out[k - 1], out[k]
        if q.actor is not None or before.actor is None or q.category not in _MONEY:
            continue  # nearly every pair: nothing to lend
        if before.category not in _MONEY or before.sentence != q.sentence or before.end > q.start:
            continue
        gap = " ".join(text[before.end : q.start].split()).lower()
        if gap in CONVERSION_GAPS:
            out[k] = replace(q, actor=before.actor)
    return out
