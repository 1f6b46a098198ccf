"""What a helper helps another build: "Russia appears to have helped the North build a new
drone production line capable of turning out up to 100 attack drones a month". The figures
in what is built belong to the one helped to build it (the North's drones), not to the
helper that is the sentence's subject."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_HELP = frozenset({"help", "helps", "helped", "helping", "assist", "assisted", "assists"})
_MAKE = frozenset(
    {"build", "make", "produce", "develop", "set", "launch", "manufacture", "assemble",
     "expand", "modernise", "modernize", "upgrade"}
)  # fmt: skip
_CLAUSE_ENDS = frozenset({";", "but", "while", "whereas"})
_NAME_REACH = 4  # "helped the North build", "helped North Korea to build"


def helped_maker(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Figures after "helped X build ..." in the same clause, given to X."""
    if _HELP.isdisjoint(s.words) or _MAKE.isdisjoint(s.words) or not found:
        return found  # nearly every sentence: two set tests
    for k in range(s.start, s.end - 2):
        if s.lowers[k] not in _HELP:
            continue
        maker = _maker_after(s, k + 1)
        if maker is None:
            continue
        name, verb = maker
        out = []
        for q in found:
            at = bisect_left(s.tokens.idxs, q.start, s.start, s.end)
            if at > verb and not _CLAUSE_ENDS.intersection(s.lowers[verb:at]) and (
                q.category != "casualty"
            ):
                q = replace(q, actor=name)
            out.append(q)
        return out
    return found


def _maker_after(s: Sentence, k: int) -> tuple[str, int] | None:
    """The country named right after a help verb at token k, and where its making verb is."""
    j = k + 1 if s.lowers[k] == "the" else k
    found = s.mention_at.get(j)
    if found is None or found.adjectival:
        return None
    entity = s.gazetteer.get(found.entity)
    if entity is None or entity.kind != "country":
        return None
    v = found.end + 1 if s.lowers[found.end : found.end + 1] == ["to"] else found.end
    if v >= s.end or s.lowers[v] not in _MAKE or v - k > _NAME_REACH:
        return None
    return s.gazetteer.actor_of(found.entity), v
