"""What a treaty still needs after a chamber's vote is the rest of its ratification, still
to come: "The treaty still needs the approval of the Senate and the signature of the
president." The upper house's approval and the head of state's signature each ratify; told
as needed, both are planned."""

from __future__ import annotations

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence

_NEEDS = frozenset({"needs", "need", "requires", "require", "awaits", "await", "awaiting"})
_VOTED = frozenset({Stage.APPROVED, Stage.RATIFIED})
_STEPS = frozenset({"approval", "backing", "consent", "endorsement", "signature"})
_UPPER = frozenset({"senate", "council", "upper", "lords", "bundesrat"})
_HEADS = frozenset({"president", "king", "queen", "monarch", "emir", "governor-general"})
_REACH = 6  # "the approval of the Federation Council, the upper house"
# A law or bill that needs an upper house or a head of state is the treaty's ratification law,
# whatever step was told just before it ("Armenia signed the statute in 1999").
_LAWS = frozenset({"law", "bill", "legislation"})


def needed_steps(s: Sentence, found: list[Event], previous: Event | None) -> list[Event]:
    """`found`, or the planned ratifying steps the sentence says the voted treaty needs."""
    if found or previous is None:
        return found
    if previous.stage not in _VOTED and _LAWS.isdisjoint(s.words):
        return found  # "The law now needs the president's signature": a ratification law
    if _NEEDS.isdisjoint(s.words) or _STEPS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    events: list[Event] = []
    for k in range(s.start + 1, s.end - 1):
        if s.lowers[k] not in _STEPS or s.lowers[k + 1] != "of":
            continue
        who = set(s.lowers[k + 2 : min(s.end, k + 2 + _REACH)])
        if who.isdisjoint(_UPPER) and who.isdisjoint(_HEADS):
            continue
        start, end = s.char_span(k, k + 2)
        events.append(
            Event(type=previous.type, stage=Stage.RATIFIED, parties=previous.parties, date=None,
                  claimant=None, sentence=s.text, start=start, end=end,
                  modality=Modality.PLANNED)
        )  # fmt: skip
    return events
