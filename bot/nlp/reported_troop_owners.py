"""An ownerless count of soldiers after the sentence has named whose troops it is about:
"Asked about reports that North Korean troops were being trained in Russia, Morimoto declined
to confirm a South Korean estimate that about 1,000 soldiers had been sent for such training."
The soldiers counted are the troops the sentence spoke of, the one side named with a troop
noun before the figure, when both are what reports tell ("reports that North Korean troops",
"an estimate that about 1,000 soldiers"): the estimate sizes the reported deployment. Troops
told in the sentence's own narration ("Belarusian forces fired at positions where 500 troops
were massing") may face the figure's soldiers instead. A country named in between that is
not the figure's source ("South Korean" above is) may own them instead: then nothing is
given."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_TROOP_NOUNS = frozenset({"troops", "soldiers", "forces", "servicemen", "personnel"})
# Nouns whose "that" clause tells what a source reports or estimates.
_REPORT_NOUNS = frozenset(
    {"reports", "report", "estimate", "estimates", "claim", "claims", "assessment", "figure"}
)
# "an estimate that about 1,000 soldiers": the qualifier's words between "that" and the number.
_THAT_REACH = 4
# A country after one of these is where the troops are or go, not whose they are.
_PLACE_WORDS = frozenset({"in", "to", "into", "inside", "from"})


def reported_troop_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """`found` with ownerless troop counts given the one side whose troops the sentence named
    before them."""
    if not any(q.actor is None and q.measure == "troop" for q in found):
        return found  # cheap gate: most figures have an owner or count no troops
    return [_owned(s, q) if q.actor is None and q.measure == "troop" else q for q in found]


def _owned(s: Sentence, q: Quantity) -> Quantity:
    at = bisect_left(s.tokens.idxs, q.start)
    if not _reported_at(s, at, _THAT_REACH):
        return q  # the figure is the sentence's own narration, not a report's estimate
    side: str | None = None
    named_at = -1
    for k in range(s.start, at):
        m = s.mention_at.get(k)
        if m is None or m.start != k or m.kind != "country":
            continue
        actor = s.gazetteer.actor_of(m.entity)
        if m.adjectival and m.end < at and s.lowers[m.end] in _TROOP_NOUNS and (
            _reported_at(s, k, 1)
        ):
            if side is not None and side != actor:
                return q  # two sides' troops named: either may be counted
            side, named_at = actor, k
    if side is None:
        return q
    sources = q.claimant.entities if q.claimant is not None else ()
    for k in range(named_at + 1, at):
        m = s.mention_at.get(k)
        if m is None or m.start != k or m.kind != "country" or s.lowers[k - 1] in _PLACE_WORDS:
            continue  # "trained in Russia": a place, not an owner
        if s.gazetteer.actor_of(m.entity) not in sources and m.entity not in sources:
            return q  # "North Korean troops ... Russian commanders ... 1,000 soldiers"
    return replace(q, actor=side)


def _reported_at(s: Sentence, k: int, reach: int) -> bool:
    """Whether a report noun's "that" opens the clause within `reach` tokens before token k:
    "reports that North Korean troops", "an estimate that about 1,000 soldiers"."""
    for j in range(k - 1, max(s.start, k - reach - 1), -1):
        if s.lowers[j] == "that":
            return j > s.start and s.lowers[j - 1] in _REPORT_NOUNS
    return False
