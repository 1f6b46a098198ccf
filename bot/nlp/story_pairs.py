"""The pair of states a story opens with, for "the treaty" and "the two governments" told
before any step of the treaty is.

"Russia and North Korea opened their first road bridge ... The two governments also signed
an agreement on road transport": with no step told yet, "the two governments" are the pair
the headline or lead named together. Likewise "Moscow and Pyongyang would decide how to
implement their new treaty ... the State Duma voted to approve the ratification of the
treaty": the treaty is the lead pair's. A lead names its protagonists first, joined by
"and", so the first such pair is the one a later anaphor means.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from bot.models import Event
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.mentions import Found

# The headline and the first sentences (dateline lead, its follow-up): where a story names
# its protagonists.
OPENING_SENTENCES = 3


def opening_pair(
    lowers: list[str], mentions: Sequence[Found], gazetteer: Gazetteer
) -> tuple[str, ...]:
    """The first two states named together in a sentence with `mentions` ("Russia and North
    Korea", "Moscow and Pyongyang", "Putin and Kim"), each as the country it stands for; ()
    when none. Read whether or not the sentence tells a fact: a lead often tells none."""
    for left, right in pairwise(mentions):
        if right.start != left.end + 1 or lowers[left.end] != "and":
            continue
        pair = (gazetteer.actor_of(left.entity), gazetteer.actor_of(right.entity))
        if pair[0] != pair[1] and all(_country(gazetteer, p) for p in pair):
            return pair
    return ()


def _country(gazetteer: Gazetteer, name: str) -> bool:
    entity = gazetteer.get(name)
    return entity is not None and entity.kind == "country"


def told_parties(
    parties: tuple[str, ...], previous: Event | None, story: tuple[str, ...]
) -> tuple[str, ...]:
    """An anaphoric treaty's parties: its own, then the last step's, or with no step told
    yet the story's opening pair."""
    told = previous.parties if previous is not None else story
    return parties + tuple(p for p in told if p not in parties)
