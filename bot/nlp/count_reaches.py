"""A bare number that a count told just before "could reach": "some 3,000 soldiers had been
sent and that the number could reach 10,000 by December", "Seoul says 4,000 are there; the
total may rise to 9,000 next year". The count noun ("the number", "the figure") names no
thing of its own, so the number counts what the text counted last, as "bringing the total
to N" does (`implied._running_total`); the modal before the verb makes it a plan there.

Only a definite count noun as the subject, then at most a few auxiliaries or adverbs, then a
verb of reaching: "the number of X could reach N" names its own noun and is read elsewhere,
and "could reach 10,000" with no count noun before it reaches anything ("the cost could
reach 10,000")."""

from __future__ import annotations

from bot.nlp.context import Sentence

_COUNT_NOUNS = frozenset({"number", "figure", "total", "count", "tally", "contingent"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
# Verbs a count reaches a level by; those before "to" only with it ("rise to 9,000").
# "the number there had reached 11,000": a level reached by now, after a perfect auxiliary.
_REACHING = frozenset({"reach", "reaches", "hit", "hits", "top", "tops", "exceed", "exceeds",
                       "reached", "topped", "exceeded"})  # fmt: skip
_PERFECT = frozenset({"has", "had", "have"})
_PAST = frozenset({"reached", "topped", "exceeded"})
_RISING = frozenset(
    {"rise", "rises", "grow", "grows", "climb", "climbs", "swell", "swells", "increase",
     "increases", "jump", "jumps"}
)  # fmt: skip
# What may stand between the noun and its verb: "could eventually", "is expected to".
_BETWEEN = frozenset(
    {"could", "may", "might", "will", "would", "soon", "eventually", "further", "even",
     "is", "was", "expected", "likely", "set", "to", "also", "still", "has", "had", "have",
     "there", "now", "already"}
)  # fmt: skip
_REACH = 4  # tokens between the count noun and its verb: "is expected to soon"


def reached_count(s: Sentence, q_start: int) -> bool:
    """Whether the bare number at `q_start` is the level "the number could reach"."""
    verb = q_start - 1
    if verb > s.start and s.lowers[verb] == "to" and s.lowers[verb - 1] in _RISING:
        verb -= 1  # "could rise to 9,000"
    elif verb <= s.start or s.lowers[verb] not in _REACHING:
        return False  # nearly every number: no verb of reaching right before it
    k = verb - 1
    while k > s.start and verb - k <= _REACH and s.lowers[k] in _BETWEEN:
        k -= 1
    if s.lowers[verb] in _PAST and _PERFECT.isdisjoint(s.lowers[k + 1 : verb]):
        return False  # "the figure reached 103 in 2019": a past level, no count's news
    return (
        k > s.start and k < verb - 1  # a modal or auxiliary at least: "the number reached"
        and s.lowers[k] in _COUNT_NOUNS and s.lowers[k - 1] in _DEFINITE
    )  # fmt: skip
