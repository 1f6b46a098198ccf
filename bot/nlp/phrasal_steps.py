""""Russia signs up new partners", "signed up for the programme": "sign up" recruits or
enrols; it signs no treaty. "Signed up to the convention" does join one, so it stays a step."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_SIGN_FORMS = frozenset({"sign", "signs", "signed", "signing"})


def signs_up(s: Sentence, cue: StepCue) -> bool:
    if cue.verb_word not in _SIGN_FORMS or cue.end + 1 >= s.end:
        return False
    return s.lowers[cue.end] == "up" and s.lowers[cue.end + 1] not in {"to", "with"}
