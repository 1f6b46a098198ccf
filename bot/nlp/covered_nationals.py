"""The other party of a pact told by whose people it covers: "the Duma voted to ratify an
agreement that will let up to 12,000 North Korean citizens a year work in Russia", "signed a
deal allowing Indian workers to take jobs in Israel". News names a labour, visa or residence
pact by what it lets the other state's nationals do rather than by "with <state>"; the state
whose citizens or workers the pact lets in is the one it was made with.

Only a treaty noun right before "that"/"which" (then at most a modal) or a participle of
letting, a verb of letting, and then, within a few words, a demonym that describes people
("North Korean citizens", "Indian workers"): "an agreement that will let Russia buy North
Korean shells" names goods, not nationals, and is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import TREATY_NOUNS

_LETTING = frozenset(
    {"let", "lets", "allow", "allows", "allowing", "permit", "permits", "permitting",
     "enable", "enables", "enabling", "grant", "grants", "granting", "give", "gives",
     "giving"}
)  # fmt: skip
_RELATIVES = frozenset({"that", "which"})
_MODALS = frozenset({"will", "would", "could", "should", "is", "was", "to"})
_PEOPLE = frozenset(
    {"citizens", "nationals", "workers", "labourers", "laborers", "migrants", "residents",
     "students", "people", "seasonal", "guest", "tourists", "visitors", "nurses", "builders",
     # "an agreement that let Japanese boats fish near the islands": a fishing pact lets in
     # the other state's fleet, told by its vessels rather than its people.
     "boats", "vessels", "trawlers", "fishermen", "fishing"}
)  # fmt: skip
_REACH = 6  # verb of letting to the demonym: "let up to 12,000 North Korean"


def covered_party(s: Sentence, start: int) -> str | None:
    """The state whose nationals the pact named from token `start` on lets do something."""
    if _LETTING.isdisjoint(s.words) or TREATY_NOUNS.isdisjoint(s.words):
        return None  # nearly every step: two set tests
    for k in range(start, s.end - 1):
        if s.lowers[k] not in TREATY_NOUNS:
            continue
        v = k + 1
        if s.lowers[v] in _RELATIVES:
            v += 1
            while v < s.end and s.lowers[v] in _MODALS:
                v += 1
        if v >= s.end or s.lowers[v] not in _LETTING:
            return None  # the first pact after the step is the step's
        for j in range(v + 1, min(s.end, v + 1 + _REACH)):
            found = s.mention_at.get(j)
            if found is None or found.start != j:
                continue
            after = s.lowers[found.end : found.end + 1]
            if found.adjectival and after and after[0] in _PEOPLE:
                return s.gazetteer.actor_of(found.entity)
            return None  # "let Russia buy ...": the first name is what the pact lets act
        return None
    return None
