"""Estimates owned by two sources joined by "and": "The analysis cites South Korean and
Ukrainian estimates that more than 20,000 ...", "Seoul and Kyiv's figures". The source
noun follows the last name only, so the reading that gives the figure to its owner sees
just that name; both names own the estimate, as "South Korean and Ukrainian officials say"
gives the claim to both (`joint_claimants`)."""

from __future__ import annotations

from bot.nlp.context import Sentence

_STATES = frozenset({"country", "org"})


def joined_owner_start(s: Sentence, start: int) -> int:
    """The first token of "<name> and <name>" whose second name starts at `start`, or
    `start` when no named state or body stands right before the "and"."""
    k = start - 1
    if k - 1 < s.start or s.lowers[k] != "and":
        return start
    before = s.mention_at.get(k - 1)
    if before is None or before.kind not in _STATES or before.end != k:
        return start
    return before.start
