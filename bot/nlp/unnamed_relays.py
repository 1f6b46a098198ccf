"""A relay that names nobody: "..., he said, according to two committee members", "...,
according to several lawmakers who attended". Counted or quantified people ("two officials",
"several diplomats", "some lawmakers") are as unnamed as "a lawmaker": the analyst has no
one to check the account with but the speaker they pass it on from, so the speaker keeps the
claim (`claim_choice`). A named relay ("according to Rep. Kang", "according to the NIS")
still claims what it relays."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.bare_plural_relays import bare_plural_relay

_UNNAMED_OPENINGS = frozenset(
    {"two", "three", "four", "five", "several", "some", "many", "multiple",
     "few", "unnamed", "anonymous", "other", "various"}
)  # fmt: skip


def unnamed_relay(claimant: Claimant | None) -> bool:
    """Whether a relay's source is one or a few people the text does not name."""
    if claimant is None:
        return False
    name = claimant.name.lower()
    if name.startswith(("a ", "an ")):
        return True  # "a lawmaker", "an official", "a member of the committee"
    if claimant.entities:
        return False  # "according to the NIS", "two Ukrainian officials": a named side
    first = name.split(" ", 1)[0]
    return first in _UNNAMED_OPENINGS or first.isdigit() or bare_plural_relay(claimant)
