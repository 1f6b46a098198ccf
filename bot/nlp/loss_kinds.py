"""The kinds a toll sums, told between its noun and the count: "puts Russia's losses in killed
and wounded at more than 1.2 million", "Russian casualties in dead and wounded were about
900,000". News names what a loss figure covers with "in <kind> and <kind>" right after
"losses"; the noun before the phrase still counts the figure, and its owner still owns it.

Only the fates a toll sums (killed, dead, wounded, injured, missing, captured) joined by
"and" or "or" after "in": "losses in Kursk" is a place, a scope read elsewhere."""

from __future__ import annotations

from bot.nlp.context import Sentence

_FATES = frozenset({"killed", "dead", "wounded", "injured", "missing", "captured"})
_JOINS = frozenset({"and", "or", ","})
_LOSS_NOUNS = frozenset({"losses", "casualties", "toll"})
_REACH = 6  # "in killed , wounded and missing"


def before_kinds(s: Sentence, k: int) -> int:
    """The token before a "in killed and wounded" phrase ending at token `k`, when a loss
    noun stands right before it; `k` itself otherwise."""
    lowers = s.lowers
    if k - 3 < s.start or lowers[k] not in _FATES:
        return k  # the common case: one set test
    j = k
    while j > s.start and j > k - _REACH and (lowers[j] in _FATES or lowers[j] in _JOINS):
        j -= 1
    if lowers[j] != "in" or j - 1 < s.start or lowers[j - 1] not in _LOSS_NOUNS:
        return k
    if lowers[j + 1] not in _FATES or j + 2 > k:
        return k  # a single fate ("losses in killed") is no list of kinds
    return j - 1
