"""Which counts of drones, missiles, rockets or bombs are counts of weapons brought down:
"air defences shot down 429 of the drones" (the verb before), "Thirty-three were shot down
and 19 were 'lost'" (told after, in the passive), "shot down 34 missiles and 100 drones"
(listed with one), "563 drones and 26 missiles had been shot down or jammed" (listed before
one). "Russia launched 74 drones" is a launch count, and so is the whole of "52 of 74"."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import NamedTuple

from bot.models import Quantity
from bot.nlp.context import Sentence

WEAPONS = frozenset({"drone", "missile", "rocket", "bomb"})
SHOOTING = frozenset(
    {"downed", "downing", "intercepted", "intercepts", "destroyed", "destroys", "jammed",
     "suppressed", "neutralised", "neutralized", "neutralises", "neutralizes"}
)  # fmt: skip
DOWN = frozenset({"shot", "shoot", "shoots", "shooting", "brought", "bring", "brings"})
# Between a count and its fate, or a verb and its subject: "were 'locationally lost'".
FILLER = frozenset(
    {"were", "was", "had", "have", "has", "been", "being", "also", "all", "more", "others",
     "then", "reportedly", "successfully", "locationally", "locally", "electronically", "of",
     "them", "those", "these", "which", "the", "or", "and"}
)  # fmt: skip
_FATES = SHOOTING | {"lost"}  # "lost" only after the count: "Russia has lost 9,000 drones"
_QUOTES = "\"'“”‘’"
REACH = 6
_LISTED = frozenset({",", "and", ", and", "or", ", or", "as well as", ", as well as"})
# Listed after these, weapons "destroyed" are a side's losses, the loser's: "It also listed
# 10,933 tanks, 22,786 armoured vehicles and 41,105 drones destroyed".
_LOSSES = frozenset({"tank", "vehicle", "system", "gun", "howitzer", "launcher", "car", "boat",
                     "ship", "submarine", "casualty", "troop"})  # fmt: skip


class Downed(NamedTuple):
    """Per figure of the sentence: its tokens, the text since the figure before, the
    shooting verb before it (when one is) and whether it counts weapons brought down."""

    spans: list[tuple[int, int]]
    gaps: list[str]
    verbs: list[int | None]
    flags: list[bool]


def downed_counts(s: Sentence, found: list[Quantity]) -> Downed:
    idxs, text = s.tokens.idxs, s.tokens.text
    spans = [(bisect_left(idxs, q.start, s.start, s.end), bisect_left(idxs, q.end, s.start, s.end))
             for q in found]  # fmt: skip
    gaps = ["", *(" ".join(text[p.end : q.start].split()).lower()
                  for p, q in pairwise(found))]  # fmt: skip
    verbs: list[int | None] = [None] * len(found)
    flags = [False] * len(found)
    for k, q in enumerate(found):
        a, b = spans[k]
        if q.measure not in WEAPONS or _whole(s, a) or _tallied(found, gaps, k):
            continue
        listed = k > 0 and flags[k - 1] and gaps[k] in _LISTED
        verbs[k] = verbs[k - 1] if listed else _verb_before(s, a)
        flags[k] = listed or verbs[k] is not None or _fate_after(s, b)
    for k in range(len(found) - 2, -1, -1):
        # "134 drones, 110 of which were shot down": the part's relative makes the figure
        # before it the whole launched, not one more count in a list of the downed.
        if flags[k + 1] and gaps[k + 1] in _LISTED and found[k].measure in WEAPONS and not (
            _tallied(found, gaps, k) or _relative_part(s, spans[k + 1][1])
        ):
            flags[k] = flags[k] or not _whole(s, spans[k][0])
    return Downed(spans, gaps, verbs, flags)


def _tallied(found: list[Quantity], gaps: list[str], k: int) -> bool:
    while k > 0 and gaps[k] in _LISTED:
        k -= 1
        if found[k].measure in _LOSSES:
            return True
    return False


def _relative_part(s: Sentence, b: int) -> bool:
    """"134 drones, 110 of which were shot down": the count after the comma is a part of the
    one before, not the next item of a list, so the whole is not brought down with it."""
    return s.lowers[b : b + 2] in (["of", "which"], ["of", "whom"])


def _whole(s: Sentence, a: int) -> bool:
    return a > s.start and s.lowers[a - 1] == "of"  # the 74 of "52 of 74 drones"


def _verb_before(s: Sentence, a: int) -> int | None:
    for j in range(a - 1, max(s.clause_start(a), a - REACH) - 1, -1):
        if s.lowers[j] in SHOOTING:
            return j
        if s.lowers[j] == "down" and j > s.start and s.lowers[j - 1] in DOWN:
            return j - 1
    return None


def _fate_after(s: Sentence, b: int) -> bool:
    j = b
    while j < min(s.end, b + REACH) and (s.lowers[j] in FILLER or not s.lowers[j].strip(_QUOTES)):
        j += 1
    word = s.lowers[j].strip(_QUOTES) if j < s.end else ""
    return word in _FATES or (word in DOWN and s.lowers[j + 1 : j + 2] == ["down"])
