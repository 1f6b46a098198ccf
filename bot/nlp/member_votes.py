"""A vote told by the chamber's members after the text named the chamber: "The State Duma on
Tuesday ratified an agreement with Vietnam. ... Deputies also ratified an agreement with
Laos." "Deputies" (or "lawmakers", "MPs") are the members of the chamber whose vote the text
has just told; their "ratified" is that chamber's step, a lower house's approval, not the
ratification that still needs the upper house. The chamber also gives the vote its state,
which the sentence leaves unnamed (only the partner, Laos, is named)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence

# Members of a lower house only ("senators" sit in the upper one, which ratifies).
_MEMBERS = frozenset({"deputies", "lawmakers", "legislators", "mps"})
_OPENERS = frozenset({"and", "but", "the", "later", "then", "also"})
_REACH = 3  # "Deputies also ratified", "The lawmakers then ratified"


def member_votes(s: Sentence, found: list[Event], events: list[Event]) -> list[Event]:
    """`found` with a members' ratification made the approval of the chamber last told."""
    if _MEMBERS.isdisjoint(s.words) or not any(
        e.stage is Stage.RATIFIED and e.body is None for e in found
    ):
        return found  # nearly every sentence: one set test
    members = next((k for k in range(s.start, min(s.end, s.start + _REACH))
                    if s.lowers[k] in _MEMBERS), None)  # fmt: skip
    if members is None or any(w not in _OPENERS for w in s.lowers[s.start : members]):
        return found  # the members must open the sentence as its subject
    chamber = next((e for e in reversed(events) if e.body is not None
                    and e.modality is not Modality.BACKGROUND), None)  # fmt: skip
    if chamber is None or chamber.stage is not Stage.APPROVED:
        return found  # no lower house's vote told before: the members' step stands
    home = s.gazetteer.get(chamber.body) if chamber.body is not None else None
    state = home.country if home is not None else None
    return [
        replace(e, stage=Stage.APPROVED, body=chamber.body,
                parties=e.parties if state is None or state in e.parties
                else (state, *e.parties))
        if e.stage is Stage.RATIFIED and e.body is None and e.modality is Modality.REPORTED
        else e
        for e in found
    ]  # fmt: skip
