"""A figure's origin named in an appositive right after it: "Moscow fielded about 700,000
soldiers, a figure he said came from NATO", "..., an estimate attributed to the Pentagon".
The speaker only passes the number on; the body the figure "came from" made the claim, as
"according to NATO" would name it. Without this the relay (or the pronoun's speaker) owns
the count, and a watch on NATO's figures never sees it.

Only a noun of an account ("figure", "estimate", ...) opened by "a"/"an"/"the" right after a
comma, only for the figure just before that comma in the same clause, and only a named
source: "a threat that came from Russia" or "a figure that came from a source close to the
talks" name no one's count.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.lexicon import CLAUSE_BREAKS

_LINKS = {"came": "from", "comes": "from", "come": "from", "attributed": "to"}
_ACCOUNTS = frozenset({"figure", "estimate", "number", "count", "tally", "assessment"})
_OPENERS = frozenset({"a", "an", "the"})
# "a figure he said came from", "a figure which officials say comes from": a short relay.
_MAX_RELAY = 5
_NAME_ENDS = frozenset({",", ".", ";", "and", "on", "in", "via", "but"}) | CLAUSE_BREAKS
_CLAUSE_ENDS = frozenset({";", ":", "."})


def origin_claims(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures with the one before each ", a figure (<relay>) came from <source>"
    appositive given to that source."""
    if not found or _ACCOUNTS.isdisjoint(s.words) or set(_LINKS).isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out = found
    for k in range(s.start + 2, s.end - 2):
        if s.lowers[k] not in _ACCOUNTS or s.lowers[k - 1] not in _OPENERS:
            continue
        if s.lowers[k - 2] != ",":
            continue
        verb = next((j for j in range(k + 1, min(s.end - 1, k + 2 + _MAX_RELAY))
                     if s.lowers[j] in _LINKS), None)  # fmt: skip
        if verb is None or s.lowers[verb + 1] != _LINKS[s.lowers[verb]]:
            continue
        start = verb + 2
        end = next((j for j in range(start, s.end) if s.lowers[j] in _NAME_ENDS), s.end)
        if not s.mentions_between(start, end):
            continue  # "came from a source close to the talks": no one a watch could name
        claimant = name_claimant(s, start, end)
        comma = s.char_span(k - 2, k - 1)[0]
        before = [n for n, q in enumerate(out) if q.end <= comma]
        if claimant is None or not before:
            continue
        n = before[-1]
        gap = (s.lowers[j] for j in range(s.start, k - 2) if s.char_span(j, j + 1)[0] >= out[n].end)
        if not _CLAUSE_ENDS.isdisjoint(gap):
            continue  # the figure before stands in another clause
        out = list(out) if out is found else out
        out[n] = replace(out[n], claimant=claimant)
    return out
