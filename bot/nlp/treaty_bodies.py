"""Leaving a body a treaty founded: "voted to withdraw from the International Criminal
Court", "quit the World Health Organization". Membership of such a court or organisation is
being party to its founding treaty (the Rome Statute, the WHO Constitution), so leaving it is
the treaty's withdrawal even when no treaty noun is written."""

from __future__ import annotations

from bot.nlp.context import Sentence

# A treaty word of their own: a sentence naming one is read for a step.
BODY_HEADS = frozenset({"court", "organization", "organisation"})
_LEAVING = frozenset({"withdraw", "withdraws", "withdrew", "withdrawing", "withdrawal", "quit",
                      "quits", "quitting", "leave", "leaves", "leaving", "left", "exit",
                      "exits", "exited"})  # fmt: skip
_NAME_REACH = 6


def founded_bodies(s: Sentence) -> list[int]:
    """The head words ("Court") of treaty bodies a state is told to leave, as treaty nouns."""
    lowers = s.lowers
    if BODY_HEADS.isdisjoint(s.words):
        return []  # nearly every sentence: one scan in C
    heads: list[int] = []
    for k in range(s.start + 1, s.end - 2):
        if lowers[k] not in _LEAVING:
            continue
        first = k + 1
        if lowers[first] == "from":
            first += 1
        if lowers[first] != "the":
            continue
        for j in range(first + 1, min(s.end, first + 1 + _NAME_REACH)):
            if not s.texts[j][:1].isupper():
                break
            if lowers[j] in BODY_HEADS:
                heads.append(j)
                break
    return heads
