"""The second fate of one group: "Around 600 of them were killed and 4,100 wounded". The
wounded are told right after the dead of the same clause, so they are the same side's
casualties, though a casualty count alone never takes an actor from the text around it (the
dead of "the attack killed 12" are not the attacker's)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "missing"})
_REACH = 10  # "of them are believed to have been killed and"


def shared_fates(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    text = s.tokens.text
    for k in range(1, len(quantities)):
        before, q = quantities[k - 1], quantities[k]
        if q.category != "casualty" or q.actor is not None or before.category != "casualty":
            continue  # most pairs: no need to cut the text between them
        if before.actor is None:
            continue
        gap = text[before.end : q.start].lower().replace(",", " , ").split()
        if 1 < len(gap) <= _REACH and gap[-1] == "and" and not _FATES.isdisjoint(gap) and all(
            w.isalpha() for w in gap
        ):
            quantities[k] = replace(q, actor=before.actor)
    return quantities
