"""A treaty "signed under President Duda" or "concluded under the previous government" was
signed in a leader's or a government's term, which the phrase names to place the signing in
the past: it describes the treaty's history, not news of a signing.

Only "under" followed by a leader's title, a government word or a named person counts:
"signed under pressure", "signed under the auspices of the UN" and "signed under the terms
of" keep whatever time the rest of the sentence gives the signing."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_PARTICIPLES = frozenset({"signed", "concluded", "agreed", "inked"})
_LEADING = frozenset({"the", "then", "former", "previous", "late", "his", "her", "its"})
_TENURES = frozenset(
    {"president", "presidents", "prime", "premier", "chancellor", "king", "leader",
     "government", "governments", "administration", "administrations", "cabinet", "regime"}
)  # fmt: skip
_LEADING_REACH = 3  # "under the then prime minister"


def tenure_signing(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """`modality`, made background where a signing is placed in a past leader's term."""
    if modality is not Modality.REPORTED or cue.stage is not Stage.SIGNED:
        return modality  # nearly every step
    if cue.verb_word not in _PARTICIPLES or s.lowers[cue.end : cue.end + 1] != ["under"]:
        return modality
    k = cue.end + 1
    while k < min(s.end, cue.end + 1 + _LEADING_REACH) and s.lowers[k] in _LEADING:
        k += 1
    if k >= s.end:
        return modality
    found = s.mention_at.get(k)
    if s.lowers[k] in _TENURES or (found is not None and found.kind == "person"):
        return Modality.BACKGROUND
    return modality
