"""Whose "enemy" it is when the source is a named person whose title, set off by commas,
names the side: "According to Oleg Petrov, head of the Russian army's press service, the enemy
lost more than 900 soldiers". The name alone carries no state, but the title does, and that
side's tally calls the other side "the enemy"."""

from __future__ import annotations

from bot.nlp.cited_sides import SIDE_WORDS
from bot.nlp.context import Sentence

# A clause of its own ("who met Ukrainian envoys") or a colon ends the source's words.
_BREAKS = frozenset({";", ":", "that", "who", "which", "whose", "after", "when"})
_REACH = 16  # "According to <name>, <title of up to a dozen words>,"


def according_side(s: Sentence, enemy: int) -> str | None:
    """The one side named in an "According to <name>, <title>," phrase that closes before the
    enemy word at `enemy`, or None (no such phrase, it stays open, or names both or neither)."""
    if "according" not in s.words:
        return None  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(s.start, enemy - 1):
        if lowers[k] != "according" or lowers[k + 1] != "to":
            continue
        sides: set[str] = set()
        commas = 0
        for j in range(k + 2, min(enemy, k + 2 + _REACH)):
            word = lowers[j]
            if word in _BREAKS:
                return None
            if word == ",":
                commas += 1
                if commas == 2:  # the title closed: the enemy is in the main clause
                    return sides.pop() if len(sides) == 1 else None
                continue
            if commas == 1 and (side := SIDE_WORDS.get(word)) is not None:
                sides.add(side)  # only the title's words: the name before holds no side
        return None
    return None
