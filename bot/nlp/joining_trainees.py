"""A force trained to join another country's army: "up to 10,000 North Korean personnel were
being trained to join Russia's forces". Its training is the other army's, which has the men
already, as "trained in eastern Russia" tells (held_abroad.py); the progressive tells how
they are readied for its ranks, not that they will be sent. "were being trained to join the
front" names no other army and stays a plan, as does training for the owner's own forces."""

from __future__ import annotations

from collections.abc import Set

from bot.nlp.context import Sentence

_JOINING = frozenset({"join", "reinforce", "serve", "fight"})
_REACH = 5  # "to fight alongside Russia's", "to serve in the Russian"


def trained_to_join(s: Sentence, after: int, owners: Set[str]) -> bool:
    """Whether "to <join> ... <another state>" starts at token `after`, right after the
    "trained" of a force whose named owners are `owners`."""
    if s.lowers[after : after + 2] == [] or s.lowers[after] != "to":
        return False
    if after + 1 >= s.end or s.lowers[after + 1] not in _JOINING:
        return False
    other = next((m for m in s.mentions if after + 1 < m.start <= after + 1 + _REACH), None)
    return other is not None and other.kind == "country" and other.entity not in owners
