""""Russia signs up new partners", "signed up for the programme": "sign up" recruits or
enrols; it signs no treaty. "Signed up to the convention" does join one, so it stays a step.
Likewise "signed off their campaign with a win", "the anchor signed off": "sign off" ends a
season or a broadcast. Only "signed off on the pact" approves a text, and that is no signing.

"Concluded negotiations on a contract" ends the talks, not signs the text: the signing is
still to come ("the deal would be signed in the coming weeks")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_SIGN_FORMS = frozenset({"sign", "signs", "signed", "signing"})
_CONCLUDE_FORMS = frozenset({"concluded", "concludes", "conclude", "concluding"})
_TALKS = frozenset({"negotiations", "talks", "consultations", "discussions"})


def signs_up(s: Sentence, cue: StepCue) -> bool:
    if cue.verb_word not in _SIGN_FORMS or cue.end + 1 >= s.end:
        return False
    particle, after = s.lowers[cue.end], s.lowers[cue.end + 1]
    if particle == "off":
        return True  # "signed off their season", "signed off on the plan": no signing
    return particle == "up" and after not in {"to", "with"}


def concludes_talks(s: Sentence, cue: StepCue) -> bool:
    """"concluded negotiations", "concluded its talks": the object is the talks."""
    if cue.verb_word not in _CONCLUDE_FORMS:
        return False
    after = s.lowers[cue.end : min(s.end, cue.end + 3)]
    return not _TALKS.isdisjoint(after)
