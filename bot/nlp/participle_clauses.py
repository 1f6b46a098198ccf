"""A figure in the participle clause that follows a source's reporting verb: ""We expect to
see them in combat in the coming days," Blinken said, putting the total in Russia at some
10,000." The quote before the verb is one claim, with its own plan words ("expect"); the
participle clause ("putting ... at", "adding that ...") states the count as it stands now. So
the figure's clause, for the plan test, starts at the participle, not at the quote."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import REPORT_VERBS

# The participles that carry on a source's statement with a figure of its own.
_CARRYING = frozenset(
    {"putting", "placing", "saying", "adding", "estimating", "noting", "citing", "calling"}
)


def participle_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's clause starts: at a ", putting" after a reporting verb, else
    `first`."""
    if _CARRYING.isdisjoint(s.words) or REPORT_VERBS.isdisjoint(s.words):
        return first  # nearly every sentence: two set tests
    for k in range(f.start - 1, first + 1, -1):
        if s.lowers[k] in _CARRYING and s.lowers[k - 1] == ",":
            # "..., Blinken said, putting": the verb closes the source's words before.
            said = any(w in REPORT_VERBS for w in s.lowers[max(first, k - 6) : k - 1])
            return k if said else first
    return first
