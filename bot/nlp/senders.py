"""Whose troops a count is when the clause names no one: "the North could send
reinforcements, and ... 1,000 new soldiers may have arrived" counts the sender's troops, the
state the sentence has sending them."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SENDING = frozenset(
    {"send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying",
     "dispatch", "dispatches", "dispatched", "rotate", "rotates", "rotated", "reinforce"}
)  # fmt: skip
# Words between a sender and its verb: modals and adverbs ("could soon send").
_BETWEEN = frozenset(
    {"could", "would", "will", "may", "might", "can", "has", "had", "have", "is", "was",
     "also", "soon", "further", "already", "again", "then", "its", "forces", "or", "and",
     "rotate", "to", "plans", "planned"}
)  # fmt: skip
_REACH = 6


def earlier_sender(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """The state sending troops earlier in the sentence, for a troop count with no owner."""
    if f.category != "troop":
        return None
    senders: list[str] = []
    for k in range(s.start, f.start):
        if s.lowers[k] not in _SENDING:
            continue
        j = k - 1
        while j > max(s.start, k - _REACH) and s.lowers[j] in _BETWEEN:
            j -= 1
        found = s.mention_at.get(j)
        if found is None or found.start in claim_tokens:
            continue
        entity = s.gazetteer.get(found.entity)
        if entity is not None and entity.kind == "country":
            senders.append(s.gazetteer.actor_of(found.entity))
    return senders[-1] if len(set(senders)) == 1 else None
