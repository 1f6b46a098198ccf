"""A step named with no verb right after a word of waiting is still to come: "Once in force,
the treaty could give Moscow a legal basis", "If ratified, the pact would bind both". The
clause drops "it is", which `awaited_steps` needs to see the present tense; a condition
with no verb tells no step that has happened."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# "when" is left out: "When signed, the pact was hailed" tells a past signing as often.
_WAITS = frozenset({"once", "if", "unless", "until"})
# "once fully in force", "if finally ratified": an adverb may stand between.
_ADVERBS = frozenset({"fully", "finally", "formally", "eventually", "also"})
# Where the condition may open: the sentence's start, or after a break ("..., but once
# ratified, it").
_BREAKS = frozenset({",", ";", ":", "—", "and", "but"})


def verbless_condition(s: Sentence, cue: StepCue) -> bool:
    """Whether the stage word at `cue` opens a verbless "once ..." / "if ..." clause whose
    comma comes before any date: "Once ratified in 2024, the treaty ..." told a past step."""
    if s.lowers[cue.start].endswith("ing"):
        return False  # "When ratifying, Ukraine made a declaration": a past act's occasion
    k = cue.start - 1
    while k > s.start and s.lowers[k] in _ADVERBS:
        k -= 1
    if k < s.start or s.lowers[k] not in _WAITS:
        return False
    if k > s.start and s.lowers[k - 1] not in _BREAKS:
        return False  # "took effect once ratified": the main clause's verb comes first
    comma = next((j for j in range(cue.end, s.end) if s.lowers[j] == ","), None)
    if comma is None:
        return False  # no main clause set off after the condition
    return not any(cue.end <= d.start < comma for d in s.dates)
