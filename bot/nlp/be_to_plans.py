""""Russia's armed forces are to grow to 1.5 million", "the brigade is to receive 40 tanks":
"is/are to" before a verb is the English of a plan or an order, as "will" is. Only the present
forms: "was to" often tells a plan that came to nothing ("it was to open in 2020").

The passive plans too: "the army is to be increased to 1.5 million", "are to be deployed";
but "is to be" before anything but a participle ("is to be ready", "is to be the largest")
describes a state, and is left to the other tests."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BE = frozenset({"is", "are"})
# "are to blame for", "is to say": fixed phrases with no plan in them.
_NO_PLAN = frozenset({"blame", "say"})


def be_to(s: Sentence, to: int) -> bool:
    """Whether the "to" at `to` follows "is"/"are" and opens an infinitive of a plan."""
    return to > s.start and s.lowers[to - 1] in _BE and s.lowers[to + 1] not in _NO_PLAN


# Participles that do not end in "-ed": "is to be sent", "are to be built".
_IRREGULAR = frozenset(
    {"sent", "built", "cut", "set", "made", "given", "brought", "kept", "held", "spent",
     "sold", "bought", "drawn", "grown", "shown", "taken", "paid", "put"}
)  # fmt: skip


def passive_plan(s: Sentence, to: int) -> bool:
    """Whether "is/are to be" at `to` opens a passive plan: "is to be increased to"."""
    if s.lowers[to + 1 : to + 2] != ["be"] or to + 2 >= s.end:
        return False
    done = s.lowers[to + 2]
    return (done.endswith("ed") or done in _IRREGULAR) and be_to(s, to)
