"""A toll told as a bare count: "Kyiv says the real toll is nearly 6,000", "the North Korean
toll stood at about 4,000", "Zelensky has put the North Korean toll at about 4,000 killed and
wounded". A toll is a count of the dead (or the dead and wounded), so the number it is said
to be counts casualties though no noun follows it; a demonym right before the toll noun
("the North Korean toll") says whose they are, as it does before "losses".

`predicates.py` reads a copula's subject as the counted noun only when it is a plural
("losses", "casualties"); "toll" is the one singular noun that counts people, so
`toll_subject` lets it through when it stands as a toll phrase ("the real toll", "the North
Korean death toll"), never "a toll road" or "the toll is significant" (no number). A toll
put "at" a bare number by an estimating verb stays toll_estimates.py's to read: its narrower
kinds leave "put the real death toll at" alone, where no side is told.
`named_toll_owner` gives an ownerless casualty count the side of the demonym before its toll
noun, for counts another rule read off fate words ("at about 4,000 killed and wounded")."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.casualty_owners import own_casualties
from bot.nlp.context import Sentence

_TOLLS = frozenset({"toll"})
# What a toll phrase may carry between its determiner and its noun: "the real death toll".
_KINDS = frozenset({"death", "casualty", "overall", "total", "combined", "real", "true",
                    "actual", "latest", "full"})  # fmt: skip
# What opens a toll phrase: "the toll", "its toll", "North Korea 's toll".
_LEADS = frozenset({"the", "its", "their", "'s"})
# From the toll noun to its number: "toll is nearly", "toll at about", "toll stood at some".
_LINKS = frozenset({"is", "was", "stood", "stands", "at", "now", "already"})
_QUALIFIERS = frozenset({"about", "nearly", "almost", "around", "roughly", "some", "over",
                         "more", "than", "at", "least", "approximately", "close", "to",
                         "up", "under", "fewer", "less"})  # fmt: skip
_PEOPLE = frozenset({"casualty", "person", "troop", "civilian"})
_REACH = 6  # "toll stood at more than" before the number


def toll_subject(s: Sentence, noun: int) -> bool:
    """Whether token `noun` is "toll" heading a toll phrase: a determiner, a possessive or a
    demonym before it, past the kind words ("the real death toll")."""
    if s.lowers[noun] not in _TOLLS:
        return False
    return _phrase_start(s, noun) is not None


def _phrase_start(s: Sentence, noun: int) -> int | None:
    """The token opening the toll phrase whose noun is at `noun`, or None when no determiner,
    possessive or name opens it ("a toll road", "toll booths")."""
    j = noun - 1
    while j >= s.start and s.lowers[j] in _KINDS:
        j -= 1
    if j < s.start:
        return None
    named = s.mention_at.get(j)
    if named is not None and named.adjectival:
        return named.start  # "the North Korean toll": the demonym is the owner word
    return j if s.lowers[j] in _LEADS else None


def named_toll_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's ownerless casualty counts told as "<demonym> toll ... N", given the
    demonym's side; or told as "the toll ... N" after the same sentence counted one side's
    casualties ("about 4,000 North Koreans had been killed; Kyiv says the real toll is nearly
    6,000"): "the toll" refers back to them, as toll_references.py reads it across sentences."""

    def side_at(number: int, q: Quantity) -> str | None:
        toll = _toll_before(s, number)
        if toll is None:
            return None
        side = _demonym_side(s, toll)
        if side is None and s.lowers[toll - 1] in _KINDS | {"the"}:
            side = _lone_side([p for p in found if p.end <= q.start])
        return side

    return own_casualties(s, found, _TOLLS, side_at)


def _toll_before(s: Sentence, number: int) -> int | None:
    """The toll noun told of the count starting at token `number`: "toll is nearly", "toll
    at about", with a link word between (no "the toll 4,000")."""
    j = number - 1
    while j > s.start and number - j <= _REACH and s.lowers[j] in _QUALIFIERS | _LINKS:
        j -= 1
    if j == number - 1 or s.lowers[j] not in _TOLLS:
        return None
    return j


def _demonym_side(s: Sentence, toll: int) -> str | None:
    """The side of the country demonym right before the toll phrase's kind words."""
    k = toll - 1
    while k >= s.start and s.lowers[k] in _KINDS:
        k -= 1
    named = s.mention_at.get(k)
    if named is None or not named.adjectival:
        return None
    known = s.gazetteer.get(named.entity)
    if known is None or known.kind != "country":
        return None
    return s.gazetteer.actor_of(named.entity)


def _lone_side(before: list[Quantity]) -> str | None:
    """The one side whose casualties the counts before were, if only one side's were. Any
    people counted there count as a side ("300 North Koreans and 500 Russians were killed"
    reads the first as people): with two sides, "the toll" could be either's."""
    sides = {q.actor for q in before if q.category in _PEOPLE and q.actor is not None}
    return next(iter(sides)) if len(sides) == 1 else None
