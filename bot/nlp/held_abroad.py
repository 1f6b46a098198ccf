""" "11,000 North Korean troops were being trained in eastern Russia": a force named as one
country's, held, trained or housed in another, is already there; the progressive tells how
it is kept, not that it will be sent. "another 2,000 were being trained in North Korea" (no
owner named, or trained at home) still readies a later rotation, as do "being prepared" and
"being sent"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.joining_trainees import trained_to_join

_KEPT = frozenset({"trained", "held", "housed", "kept", "stationed", "quartered", "treated"})
_PLACE_WORDS = frozenset({"in", "at"})  # "trained in eastern Russia", "at bases in Russia"
_PLACE_REACH = 5  # "in eastern Russia", "at a base in Russia", "at five bases in eastern Russia"


def kept_abroad(s: Sentence, figure_start: int, k: int) -> bool:
    """Whether "were being <kept> in <place>" at k tells a force already abroad."""
    if s.lowers[k + 1 : k + 3] == [] or s.lowers[k + 1] != "being":
        return False
    if k + 2 >= s.end or s.lowers[k + 2] not in _KEPT:
        return False
    owners = {m.entity for m in s.mentions if figure_start <= m.start < k}
    if not owners:
        return False
    after = k + 3
    if trained_to_join(s, after, owners):
        return True  # "being trained to join Russia's forces": the other army has them
    if after >= s.end or s.lowers[after] not in _PLACE_WORDS:
        return False
    place = next((m for m in s.mentions if after < m.start <= after + _PLACE_REACH), None)
    return place is not None and place.entity not in owners
