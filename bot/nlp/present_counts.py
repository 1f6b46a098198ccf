"""A bare number said to be somewhere counts the soldiers the text just named: "Seoul and
Kyiv say the treaty covers the presence of North Korean troops in Russia. Seoul estimates
that more than 11,000 are in the Kursk region." The writer names the force in words, then
gives its size as a number alone whose verb only places it ("are in", "were still in").

A number "in" a place is people present there, so the noun it carries must be one that can
be somewhere: the soldiers named in this sentence or the one before, never an unrelated count
told earlier (all 397 deputies of a vote three sentences back are not in Kursk). Only when the
number opens its clause (after "that", a reporting verb, a comma or "and") and the last count
is not of soldiers already (then `bare_subject` carries that count's noun and side). The
soldiers' own adjective ("North Korean troops") gives the figure its side.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS

_BE = frozenset({"are", "were", "is", "was"})
_ADVERBS = frozenset({"still", "now", "already", "currently", "reportedly", "believed", "to",
                      "be", "thought"})  # fmt: skip
_IN = frozenset({"in", "inside"})
_OPENERS = frozenset({"that", ",", ";", "and", "but", "while"})
_SOLDIERS = frozenset({"troops", "soldiers", "servicemen", "forces"})
_ADVERB_REACH = 4  # "are believed to be still in"


def present_count(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The troop figure of a bare number at `n` that is said to be in a place, when the
    text just named soldiers; else None."""
    if previous is not None and previous.category == "troop":
        return None  # a count of soldiers before lends its own noun and side
    if not _placed(s, n.end):
        return None  # nearly every number: a word test or two
    head = s.lowers[n.start - 1] if n.start > s.start else "."
    if not (n.start == s.start or head in _OPENERS or head in REPORT_VERBS):
        return None  # "the city's 11,000 are in": the number modifies something else
    soldiers = _soldiers_before(s, n.start)
    if soldiers is None:
        return None  # "11,000 are in the region" with no soldiers named: people of any kind
    return figure_like(n, ("troop", "troop"), "troops"), _owner(s, soldiers)


def _placed(s: Sentence, end: int) -> bool:
    """Whether the words after the number are "are (still) in" a place."""
    if end >= s.end or s.lowers[end] not in _BE:
        return False
    k = end + 1
    while k < min(s.end, end + 1 + _ADVERB_REACH) and s.lowers[k] in _ADVERBS:
        k += 1
    return k + 1 < s.end and s.lowers[k] in _IN


def _soldiers_before(s: Sentence, start: int) -> int | None:
    """The last soldier noun in this sentence before `start` or in the sentence before."""
    first = s.earlier_start(1)
    lowers = s.tokens.lowers
    return next((k for k in range(start - 1, first - 1, -1) if lowers[k] in _SOLDIERS), None)


def _owner(s: Sentence, noun: int) -> str | None:
    """The side of "North Korean troops": the demonym of one or two words before the noun."""
    texts = s.tokens.texts
    for width in (2, 1):
        if noun - width < 0:
            continue
        words = texts[noun - width : noun]
        if not all(w[:1].isupper() for w in words):
            continue
        entity = s.gazetteer.lookup(" ".join(words))
        if entity is not None and entity.kind == "country":
            return s.gazetteer.actor_of(entity.name)
    return None
