"""A bare number a total has moved to or stays at: "so the total in Russia has actually gone
up a little, to some 11,000", "the total there remains at about 11,000", "the number has
fallen to 8,000". News tells a rotation or a loss as a change and then gives the new level of
the count it has been telling, with no noun after the number: "the total" can only be of what
the text just counted, so the number counts that, as "bringing the total to N" does
(`implied._running_total`, whose "to" follows a transitive verb of raising).

Only a definite count noun ("the total", "the number") that names no noun of its own ("the
number of X" is read elsewhere), then a verb of changing or staying whose subject it is, then
"to" (a change) or "at" (a level kept) right before the number; a verb without a count noun
("the gap has grown to 3,000", "prices rose to 11,000") is anything's level and is left alone.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_COUNT_NOUNS = frozenset({"total", "number", "figure", "count", "tally"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
# Verbs a count changes by: "to" names where it has got to.
_CHANGING = frozenset(
    {"rose", "risen", "rise", "rises", "grew", "grown", "grow", "grows", "climbed", "climbs",
     "increased", "increases", "jumped", "swelled", "swollen", "fell", "fallen", "falls",
     "dropped", "drops", "declined", "decreased", "shrank", "shrunk", "up", "down"}
)  # fmt: skip
# Verbs a count holds by: "at" names the level it is held at.
_STAYING = frozenset({"remains", "remained", "stays", "stayed", "holds", "held", "stands",
                      "stood"})  # fmt: skip
_BREAKS = frozenset({";", ":", ".", "(", ")", "and", "but", "while", "which", "that", "who"})
_REACH = 12  # "the total near the frontier has actually gone up a little, to": noun to "to"


def total_level(s: Sentence, q_start: int) -> bool:
    """Whether the bare number at `q_start` is the level "the total" has moved to or stays at."""
    prep = q_start - 1
    if prep <= s.start or s.lowers[prep] not in {"to", "at"}:
        return False  # nearly every number: no "to" or "at" right before it
    if _COUNT_NOUNS.isdisjoint(s.words):
        return False
    verbs = _CHANGING if s.lowers[prep] == "to" else _STAYING
    verb = None
    k = prep - 1
    if k > s.start and s.lowers[k] == ",":
        k -= 1  # "gone up a little, to some 11,000"
    while k > s.start and prep - k <= _REACH:
        word = s.lowers[k]
        if word in _BREAKS or word == "," or word[:1].isdigit():
            return False
        if word in _COUNT_NOUNS:
            return (
                verb is not None and s.lowers[k - 1] in _DEFINITE
                and s.lowers[k + 1] != "of"  # "the number of troops": its own noun
            )  # fmt: skip
        if verb is None and word in verbs:
            verb = k
        k -= 1
    return False
