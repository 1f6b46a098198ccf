"""A claim noun named by its owner: "called Seoul's claim that 3,000 soldiers were sent 'a
lie'", "called the puppets' claim that ... 'a shameless lie'". The verb of condemnation
brands the owner's claim untrue, just as it brands "the claim" or "Western reports"; but the
object opened with an owner and a possessive mark, which the claim noun's modifiers
(`dismissals._content_noun`) did not take, so the verdict was never tied to the claim and
the owner's claim passed for a figure told as true.

Only a short owner (at most a few words, no number or clause break) closed by "'s" or a
bare apostrophe: "the 3,000 soldiers' families" is no owner of a claim noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

_MARKS = frozenset({"'s", "’s", "'", "’"})
_OWNER_REACH = 4  # "the South Korean puppets'"
_BREAKS = frozenset({",", ";", ":", ".", "that", "and", "or", "of"})


def past_claim_owner(s: Sentence, j: int) -> int:
    """The token after an owner and its possessive mark opening the object at `j` ("the
    puppets' claim" gives the token of "claim"), or `j` when the object opens otherwise."""
    for k in range(j + 1, min(s.end, j + _OWNER_REACH + 1)):
        word = s.lowers[k]
        if word in _MARKS:
            return k + 1
        if word in _BREAKS or word[:1].isdigit():
            return j
    return j
