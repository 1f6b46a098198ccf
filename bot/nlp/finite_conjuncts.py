"""A verb phrase joined by "and" with a finite auxiliary of its own: "North Korea is preparing
to rotate part of its force and has sent about 6,000 workers". "has sent" cannot be read
under "preparing to" (that would be "and send"), so it is a second predicate of the same
subject, told as done, and the plan word before the "and" does not reach its figure. Only
auxiliaries that are always finite count: "and have 50,000 ready" may still hang on "plans
to"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import FUTURE_MARKERS

# Only the done acts: "and is signing up 30,000 a month" without a subject of its own is
# left to `progressive_clauses`, which keeps it under the plan.
_FINITE = frozenset({"has", "had", "was", "were"})
# "and has sent", "and has already sent", "and has since shipped": aux to the figure.
_REACH = 3


def finite_conjunct_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's own predicate starts: `first`, or the auxiliary after "and" when
    the figure is the object of a verb phrase "and <has|had|was|were> <verb>"."""
    for aux in range(f.start - 2, max(first, f.start - 2 - _REACH), -1):
        if s.lowers[aux] not in _FINITE:
            continue
        if aux - 1 <= first or s.lowers[aux - 1] != "and":
            return first
        between = s.lowers[aux + 1 : f.start]
        # "and is expected to send": the plan is the conjunct's own, left to the plan tests.
        if all(w.isalpha() and w not in FUTURE_MARKERS for w in between):
            return aux
        return first
    return first
