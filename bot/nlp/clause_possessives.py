"""A toll or force that a later clause of the same sentence gives to "its" or "their": "North
Korea is training 8,000 more soldiers for Russia, while its losses in Kursk now stand at more
than 5,000 killed and wounded", "Pyongyang has sent 11,000 troops, and their casualties have
passed 4,000". The possessive opens its clause and points back at the sentence's subject,
the country the sentence opens with; a country named in between after a preposition ("for
Russia") is where the soldiers went, not whose they are. (A possessive opening the sentence
itself points at the sentence before: `possessive_owners`.)"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

_POSSESSIVES = frozenset({"its", "their"})
# What "its"/"their" opens when it opens a count of a country's people.
_GROUPS = frozenset(
    {"contingent", "force", "forces", "troops", "soldiers", "losses", "casualties", "dead",
     "toll", "deployment", "servicemen", "personnel", "units"}
)  # fmt: skip
_PEOPLE = frozenset({"troop", "casualty"})
# Words that open the possessive's clause: "..., while its losses", "... and their dead".
_OPENERS = frozenset({",", "while", "whereas", "and", "but", "as", "though", "although"})
_NOUN_REACH = 3  # "its combined losses", "their total casualties"
_PREPOSITIONS = frozenset({"to", "in", "into", "from", "with", "against", "for", "by", "at", "of",
                           "on", "than", "near", "over"})  # fmt: skip
_DATELINE_ENDS = frozenset({"-", "--", "—", "–"})  # "SEOUL, Dec 18 (Agency) -- North Korea"


def clause_possessive_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The ownerless troop and casualty counts after a clause-opening "its losses" given to
    the country that is the sentence's subject."""
    if _POSSESSIVES.isdisjoint(s.words) or not any(
        q.actor is None and q.category in _PEOPLE for q in found
    ):
        return found  # nearly every sentence: one set test
    idxs = s.tokens.idxs
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is not None or q.category not in _PEOPLE:
            continue
        number = bisect_right(idxs, q.start) - 1
        owner = _subject_before(s, _possessive_before(s, number))
        if owner is not None:
            out[k] = replace(q, actor=owner)
    return out


def _possessive_before(s: Sentence, number: int) -> int | None:
    """The clause-opening "its"/"their" + group noun of the figure at token `number`, if the
    figure stands in that clause."""
    first = s.clause_start(number)
    for p in range(number - 1, max(s.start, first - 2), -1):
        if s.lowers[p] not in _POSSESSIVES:
            continue
        opened = p - 1 >= s.start and s.lowers[p - 1] in _OPENERS
        grouped = not _GROUPS.isdisjoint(s.lowers[p + 1 : min(number, p + 1 + _NOUN_REACH)])
        return p if opened and grouped and p > s.start + 1 else None
    return None


def _subject_before(s: Sentence, p: int | None) -> str | None:
    """The country opening the sentence, when every other country named before token `p`
    stands after a preposition (a destination, a place, a partner)."""
    if p is None:
        return None
    named = [m for m in s.mentions if s.start <= m.start < p]
    if not named or not _opens(s, named[0]):
        return None
    if any(not _after_preposition(s, m) for m in named[1:]):
        return None  # "North Korea and Russia ..., and their losses": whose is unclear
    entity = s.gazetteer.get(named[0].entity)
    if entity is None or entity.kind != "country":
        return None
    return s.gazetteer.actor_of(named[0].entity)


def _opens(s: Sentence, m: Found) -> bool:
    """A plain name (no demonym, no "'s") at the sentence's start or right after a dateline."""
    if m.adjectival or m.possessive:
        return False
    return m.start == s.start or s.lowers[m.start - 1] in _DATELINE_ENDS


def _after_preposition(s: Sentence, m: Found) -> bool:
    k = m.start - 1
    if k > s.start and s.lowers[k] == "the":
        k -= 1
    return k >= s.start and s.lowers[k] in _PREPOSITIONS
