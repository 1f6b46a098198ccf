"""A step told only as the time of a reaction to it: "Rome and Paris criticised the accord
when it was signed", "Unions protested against the pact when they were ratified". The
pronoun points back at the treaty, whose step the story has told already; the clause dates
the reaction and tells no step of its own, and the reacting subject is no party to it.
A "said when ..." clause is read by `said_when_steps`; "will decide when it is signed"
(present tense) is a plan and is left alone."""

from __future__ import annotations

from bot.models import Event
from bot.nlp.context import Sentence

_RECALLS = (("when", "it", "was"), ("when", "they", "were"))
_OBJECTS = frozenset(
    {"treaty", "pact", "accord", "agreement", "convention", "protocol", "deal", "it", "them"}
)


def drop_recalled_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` without the steps whose verb closes "<verb> the <treaty> when it was ..."."""
    if not found or "when" not in s.words:
        return found  # nearly every sentence: one set test
    lowers = s.lowers
    recalled: set[int] = set()
    for k in range(s.start + 2, s.end - 3):
        if tuple(lowers[k : k + 3]) not in _RECALLS or lowers[k - 1] not in _OBJECTS:
            continue
        recalled.add(s.char_span(k + 3, k + 4)[0])
    if not recalled:
        return found
    # The step's span runs from the treaty's noun to the verb: the verb lies inside it.
    return [e for e in found if not any(e.start <= v < e.end for v in recalled)]
