"""The people a sentence says it counts: "HUR has put the number of North Koreans in Russia
higher, saying some 12,000 troops are training there" counts North Koreans, so the troops
are North Korea's even though no name stands by the number; and "put the number of North
Koreans in Russia at 12,000" is a count of them with no noun after the number at all."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

_NUMBER_NOUNS = frozenset({"number", "numbers", "count", "tally"})
_PEOPLE = frozenset({"troop", "person", "officer", "general"})
_REACH = 8  # "the number of North Korean soldiers now in Russia's Kursk region at"
# "the total number of North Koreans sent to Russia since October 2024 had reached about
# 18,000": the number as the subject of a verb that gives its level; the subject's own
# modifiers stand between, so the reach is longer.
_REACHED = frozenset({"reached", "hit", "topped", "passed", "exceeded", "surpassed"})
_SUBJECT_REACH = 12


def counted_people(s: Sentence, before: int) -> Found | None:
    """The plural people's name in "the number of <people>" before token `before`."""
    if _NUMBER_NOUNS.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    for k in range(s.start, before - 2):
        if s.lowers[k] not in _NUMBER_NOUNS or s.lowers[k + 1] != "of":
            continue
        people = s.mention_at.get(k + 2)
        if people is not None and people.start == k + 2 and people.kind == "country" and (
            people.surface.endswith("s") and not people.adjectival
        ):
            return people
    return None


def counted_people_actor(s: Sentence, measure: str, num_start: int,
                         claim_tokens: set[int]) -> str | None:
    """Whose troops a count is when the sentence said whose number it gives."""
    if measure not in _PEOPLE:
        return None
    people = counted_people(s, num_start)
    if people is None or people.start in claim_tokens:
        return None
    return s.gazetteer.actor_of(people.entity)


def counted_at(s: Sentence, q_start: int) -> Found | None:
    """The people of "put the number of <people> ... at <number>", or of "the number of
    <people> sent ... had reached <number>", for the number at q_start (its qualifier
    included)."""
    if q_start - 1 <= s.start:
        return None
    before = s.lowers[q_start - 1]
    if before != "at" and before not in _REACHED:
        return None
    people = counted_people(s, q_start)
    reach = _REACH if before == "at" else _SUBJECT_REACH
    if people is None or q_start - people.end > reach:
        return None
    return people
