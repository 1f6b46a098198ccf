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

from bot.models import Event, Stage
from bot.nlp.context import Sentence
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.mentions import Found
from bot.nlp.pair_subjects import pair_subject
from bot.nlp.step_time import StepCue

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


def pair_states(s: Sentence, cue: StepCue, claim_tokens: set[int]) -> tuple[str, ...]:
    """The two states of "the two countries signed ... North Korean workers in Moscow" when
    neither a step nor the lead has told the pair: a pair subject's two are the two states
    its own sentence names (by name, people or capital), a source's state aside. Only a
    signing is the pair's joint act: each state ratifies alone, and a treaty enters into force
    by itself ("a treaty between the two countries entered into force"). () unless the
    subject is a signing pair and the sentence names exactly two states."""
    if cue.stage is not Stage.SIGNED or not pair_subject(s, cue):
        return ()
    states: list[str] = []
    for found in s.mentions_between(s.start, s.end):
        actor = s.gazetteer.actor_of(found.entity)
        if found.start not in claim_tokens and _country(s.gazetteer, actor) and (
            actor not in states
        ):
            states.append(actor)
    return tuple(states) if len(states) == 2 else ()
