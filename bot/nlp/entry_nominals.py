""""The treaty's entry into force would give Pyongyang legal cover": "entry into force" is a
noun phrase like "ratification", so a future verb after it ("would", "will", "could") puts
the step ahead. Its cue starts at "into", not at a stage noun, so the nominal checks missed it
and the step read as news.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_ENTRY_NOUNS = frozenset({"entry"})


def entry_nominal(s: Sentence, cue: StepCue) -> bool:
    """Whether the cue is the "into force" of the noun phrase "entry into force"."""
    return cue.start > s.start and s.lowers[cue.start] == "into" and (
        s.lowers[cue.start - 1] in _ENTRY_NOUNS
    )
