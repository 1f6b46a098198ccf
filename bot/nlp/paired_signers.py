"""A priced agreement two states sign is still between states: "Britain and Ukraine signed a
£2.26bn loan agreement" is a government loan, a treaty step, where "ratified the board's
$48 million agreement" is business. The states, named side by side as the signing subject,
tell it apart."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_SIGNING = frozenset({"signed", "sign", "signs", "signing"})


def states_sign(s: Sentence, cue: StepCue) -> bool:
    """Whether the step word at `cue` is a signing whose subject, just before it, is two
    countries joined by "and" ("Britain and Ukraine signed")."""
    if cue.verb_word not in _SIGNING or "and" not in s.words:
        return False
    k = cue.start - 1
    while k > s.start and s.lowers[k] in {"have", "has", "had", "on", "formally", "jointly"}:
        k -= 1
    second = s.mention_at.get(k)
    if second is None or second.kind != "country" or second.adjectival:
        return False
    before = second.start - 1
    first = s.mention_at.get(before - 1) if before > s.start else None
    return (s.lowers[before] == "and" and first is not None and first.kind == "country"
            and not first.adjectival and first.entity != second.entity)  # fmt: skip
