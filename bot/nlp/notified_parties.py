"""The body a state notifies of its step is told the step, not a party to it: "Lithuania
notified the United Nations of its withdrawal from the convention", "Kyiv informed the
depositary, the UN, of its decision". Only the states giving notice take the step."""

from __future__ import annotations

from bot.nlp.context import Sentence

NOTIFYING = frozenset(
    {"notified", "notify", "notifies", "notifying", "informed", "inform", "informs", "informing"}
)  # fmt: skip
_OPENERS = frozenset({"the", "its", "their"})


def notified_states(s: Sentence) -> set[int]:
    """Start positions of the mentions that are the object of a verb of notifying."""
    if NOTIFYING.isdisjoint(s.words):
        return set()  # nearly every step sentence: one set test
    found: set[int] = set()
    for i in range(s.start, s.end - 1):
        if s.lowers[i] not in NOTIFYING:
            continue
        k = i + 1
        if s.lowers[k] in _OPENERS:
            k += 1
        if k in s.mention_at:
            found.add(k)
    return found
