"""A fronted time phrase opened by "before" dates the main clause; it waits for nothing:
"Hours before the news conference, the Verkhovna Rada ratified an agreement with Germany".
The comma closes the "before" phrase, so the step after it is the sentence's own news in the
past, unlike "before the parliament ratifies it", where the step is inside the condition."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# Past forms of a step verb that tell it as done: "ratified", "signed", "approved".
_DONE_ENDINGS = ("ed",)
# "Hours before the news conference,": a span of the news day before a named occasion.
# "Before he left, he and Kim signed": the occasion may be long past, left to other rules.
_SPANS = frozenset({"hours", "minutes", "moments", "shortly", "just"})


def closed_condition(s: Sentence, opener: int, cue: StepCue) -> bool:
    """Whether the condition word at token `opener` opens a phrase closed by a comma before
    the step at `cue`, which is then told as done ("... , the Rada ratified")."""
    if "," not in s.lowers[opener + 1 : cue.start]:
        return False  # cheap: "before it ratifies the pact", the step inside the condition
    if opener <= s.start or s.lowers[opener - 1] not in _SPANS:
        return False
    verb = s.lowers[cue.start]
    return verb.endswith(_DONE_ENDINGS) and s.lowers[cue.start - 1] not in {"be", "been", "is"}
