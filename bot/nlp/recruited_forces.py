"""Whose recruits a state's official counts: "Defence Minister X said that more than 400,000
contract servicemen had been recruited since January". A state recruits, mobilises and calls
up its own people, so a force count whose own verb is a passive of recruiting with no agent
and no place is the claimant's state's: the minister's country, the ministry's state.

Left alone: a count already owned ("10,000 North Koreans had been recruited"), one with an
agent or a place after its verb ("had been mobilised in occupied Crimea", "recruited by the
Wagner group"), one from a claimant with no state, and one the claimant denies."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

# What a state does to its own people to fill its ranks, as a participle.
_RECRUITING = frozenset(
    {"recruited", "mobilised", "mobilized", "conscripted", "drafted", "enlisted", "called",
     "enrolled", "signed"}
)  # fmt: skip
# Of those, the ones that take a particle: "called up", "signed up".
_PARTICLED = frozenset({"called", "signed"})
# The passive's auxiliaries and the adverbs that may stand among them.
_AUXILIARIES = frozenset(
    {"had", "has", "have", "been", "were", "was", "are", "is", "being", "already", "so",
     "far", "now", "since", "then", "also"}
)  # fmt: skip
_AUX_REACH = 4


def recruited_force_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """`found` with its ownerless, agentless recruit counts given to the claimant's state."""
    if _RECRUITING.isdisjoint(s.words) or not any(
        q.actor is None and q.category == "troop" for q in found
    ):
        return found  # nearly every sentence: one set test
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is None and q.category == "troop" and _recruited(s, q):
            state = _claimant_state(s, q)
            if state is not None:
                out[k] = replace(q, actor=state)
    return out


def _recruited(s: Sentence, q: Quantity) -> bool:
    """Whether the figure's own verb, right after it, is an agentless passive of recruiting
    with no name in the rest of its clause."""
    k = bisect_left(s.tokens.idxs, q.end)  # the first token after the figure
    stop = min(s.end, k + _AUX_REACH)
    passive = False
    while k < stop and s.lowers[k] in _AUXILIARIES:
        passive = passive or s.lowers[k] in {"been", "were", "was", "are", "is", "being"}
        k += 1
    if not passive or k >= s.end or s.lowers[k] not in _RECRUITING:
        return False
    if s.lowers[k] in _PARTICLED and s.lowers[k + 1 : k + 2] != ["up"]:
        return False  # "were called reservists", "signed a contract": no recruiting told
    end = s.clause_end(k)
    # "mobilised in occupied Crimea", "recruited by Wagner": a place or an agent says whose.
    return not s.mentions_between(k, end)


def _claimant_state(s: Sentence, q: Quantity) -> str | None:
    claimant = q.claimant
    if claimant is None or claimant.denied or not claimant.entities:
        return None
    state = s.gazetteer.actor_of(claimant.entities[0])
    entity = s.gazetteer.get(state)
    return state if entity is not None and entity.kind == "country" else None
