"""A step told by a participle on a law takes its time from the verb that acts on the law:
"Weeks earlier, the president had signed a decree revoking the ratification" is history, as
"had signed" tells, and "will sign a law suspending the treaty" is a plan. Read alone, the
participle "revoking" carries no tense and looked like news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import LAW_WORDS, SIGN

_REACH = 4  # "signed the new federal law revoking": the verb a few words before the law


def governing_cue(s: Sentence, cue: StepCue) -> StepCue:
    """`cue`, or the same step placed at the signing verb of the law it modifies."""
    law = cue.start - 1
    if law <= s.start or s.lowers[law] not in LAW_WORDS or not s.lowers[cue.start].endswith("ing"):
        return cue  # nearly every step: one word test
    for k in range(law - 1, max(s.start, law - _REACH) - 1, -1):
        if s.lowers[k] in SIGN:
            return cue._replace(start=k, end=k + 1, verb_word=s.lowers[k])
    return cue
