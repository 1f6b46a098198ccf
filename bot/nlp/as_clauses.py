"""A figure in a clause that ", as" joins after a source's attribution: "Seoul is weighing
all possible options, an official said on Thursday, as the spy agency raised its estimate to
more than 11,000". The clause tells what happened meanwhile, in a past verb of its own, so
the plan words of the attributed claim before it ("possible options") are not the figure's.
Commas alone break no clause for the plan test (lists and appositions use them), but a
reporting verb, then ", as" with a done verb, closes the claim before it."""

from __future__ import annotations

from bot.nlp.as_reports import reports_own_claim
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import REPORT_VERBS

# "raised", "sent", "put": the done verb of the "as" clause, before its figure.
_PAST_IRREGULAR = frozenset({"sent", "put", "rose", "grew", "fell", "took", "made", "gave"})


def as_clause_start(s: Sentence, first: int, f: Figure) -> int:
    """Where the figure's clause starts: at an ", as" after an attribution, else `first`."""
    if "as" not in s.words:
        return first  # nearly every sentence
    for k in range(f.start - 2, first + 1, -1):
        if s.lowers[k] != "as" or s.lowers[k - 1] != ",":
            continue
        attributed = not REPORT_VERBS.isdisjoint(s.lowers[first : k - 1])
        done = any(_past(w) for w in s.lowers[k + 1 : f.start])
        # "voted to ratify it, as officials said 3,000 ...": a claim of its own
        return k if (attributed and done) or reports_own_claim(s, k, f.start) else first
    return first


def _past(word: str) -> bool:
    return word in _PAST_IRREGULAR or (len(word) > 4 and word.endswith("ed"))
