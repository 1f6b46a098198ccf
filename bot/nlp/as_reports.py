"""An ", as" clause that carries a report of its own: "the lower house voted to ratify the
pact, as officials said thousands of troops were training in the east". The clause has its
own subject and reporting verb, so it is a second claim beside the main one, and the main
clause's intent ("voted to ratify") is not what its figure is for. A parenthetical "as
officials said," only attributes what follows, so a reporting verb set off by a comma does
not open a clause."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS

# "as officials said thousands ...": the subject and its verb, a few words at most.
_REACH = 6


def reports_own_claim(s: Sentence, k: int, figure_start: int) -> bool:
    """Whether the ", as" at token k opens a clause whose reporting verb, not set off by a
    comma, comes before the figure."""
    last = min(figure_start, k + 1 + _REACH)
    for j in range(k + 2, last):  # a subject first: "as said" is no clause of its own
        if s.lowers[j] in REPORT_VERBS:
            return j + 1 < s.end and s.lowers[j + 1] != ","
        if s.lowers[j] in {",", ";", ":"}:
            return False
    return False
