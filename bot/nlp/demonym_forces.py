"""A people's name counted in a story about soldiers counts soldiers: "Austin said North
Korean troops were in Russia. The spy agency said about 3,000 North Koreans were already
there." The count's own sentence often has no military word left, the paragraph before
has already said what the people are."""

from __future__ import annotations

import re

from bot.nlp.context import Sentence
from bot.nlp.held_people import held_after

# Plural nouns that make the story about soldiers; broader words ("military") also head
# budgets and reforms, so they do not count here.
_SOLDIERS = frozenset(
    {"troops", "soldiers", "servicemen", "infantrymen", "mercenaries", "conscripts",
     "deployment", "contingent"}
)  # fmt: skip
_REACH = 60  # tokens before the sentence: about the sentence or two before it
_SENTENCES_BACK = 2


def soldiers_told_before(s: Sentence) -> bool:
    """Whether the text just before sentence s speaks of soldiers: within `_REACH` tokens,
    or in the two sentences before it however long they run (a long descriptive sentence
    on "The soldiers, most of them from ..." still sets up the bare count after it)."""
    first = min(max(0, s.start - _REACH), s.earlier_start(_SENTENCES_BACK))
    return not _SOLDIERS.isdisjoint(s.lowers[first : s.start])


# The same people named as soldiers anywhere before: "North Korean troops were in Kursk" ...
# (a long exchange later) "11,000 North Koreans are already in the Kursk region".
_SOLDIER_NOUNS = "|".join(sorted(_SOLDIERS - {"deployment", "contingent"}))


def people_told_as_soldiers(s: Sentence, people: str) -> bool:
    """Whether the text before sentence s calls these people ("North Koreans") soldiers by
    their own adjective ("North Korean troops"): a story that has made them soldiers counts
    them as soldiers however far back it said so; other peoples' soldiers do not count."""
    if not people.endswith("s"):
        return False
    tokens = s.tokens
    before = tokens.text[: tokens.idxs[s.start]] if s.start < len(tokens.idxs) else ""
    adjective = re.escape(people[:-1])
    return re.search(rf"\b{adjective}\s+(?:{_SOLDIER_NOUNS})\b", before) is not None


# "7,000 Ukrainians remain in Russian captivity": people held by the other side count
# civilians with soldiers, and reports give them as people, however military the story.
# "5,000 Ukrainians have been freed" counts those released from captivity, the same people.
_CAPTIVE = frozenset(
    {"captivity", "captive", "captives", "imprisoned", "detained", "abducted", "deported",
     "freed", "released", "repatriated", "exchanged"}
)  # fmt: skip
_CAPTIVE_REACH = 5  # "Ukrainians are still being held in Russian captivity"


def held_captive(s: Sentence, end: int) -> bool:
    """Whether the people counted up to token `end` are said just after to be held captive."""
    if held_after(s, end):
        return True  # "..., civilians among them, are held in Russia"
    if end < 0 or _CAPTIVE.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    return not _CAPTIVE.isdisjoint(s.lowers[end : min(s.end, end + _CAPTIVE_REACH)])
