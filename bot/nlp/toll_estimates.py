"""A toll estimated as a bare count: "Kyiv puts the toll at more than 7,000", "officials put
the death toll at 50". A toll is a count of the dead (or the dead and wounded), so the number
after "at" counts casualties though no noun follows it; whose they are is read as for any
other toll (toll_references.py)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import Unit

_TOLLS = frozenset({"toll", "tolls"})
# What may stand before the toll noun: "the", "its", "the overall death toll".
_LEADS = frozenset({"the", "its", "their", "his", "her", "a"})
_KINDS = frozenset({"death", "casualty", "overall", "total", "combined", "grim", "latest"})
_CASUALTY = ("casualty", "casualty")


def estimated_toll(s: Sentence, verb: int, at: int) -> Unit | None:
    """The toll noun that the estimating verb at token `verb` puts at the number after "at"
    (token `at`), as a casualty unit; None unless the words between are a toll's phrase."""
    words = s.lowers[verb + 1 : at]
    if _TOLLS.isdisjoint(words):
        return None  # nearly every estimate: one set test
    if not words or words[-1] not in _TOLLS:
        return None  # "put the toll of the floods in dollars at": not a bare toll
    lead = 1 if words[0] in _LEADS else 0
    if any(w not in _KINDS for w in words[lead:-1]):
        return None  # "put the ship's toll", "put their road toll": not the toll of the dead
    return at - 1, at, _CASUALTY, verb + 1
