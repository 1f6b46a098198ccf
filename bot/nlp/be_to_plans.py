""""Russia's armed forces are to grow to 1.5 million", "the brigade is to receive 40 tanks":
"is/are to" before a verb is the English of a plan or an order, as "will" is. Only the present
forms: "was to" often tells a plan that came to nothing ("it was to open in 2020")."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BE = frozenset({"is", "are"})
# "are to blame for", "is to say": fixed phrases with no plan in them.
_NO_PLAN = frozenset({"blame", "say"})


def be_to(s: Sentence, to: int) -> bool:
    """Whether the "to" at `to` follows "is"/"are" and opens an infinitive of a plan."""
    return to > s.start and s.lowers[to - 1] in _BE and s.lowers[to + 1] not in _NO_PLAN
