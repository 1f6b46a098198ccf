"""A body that counts the dead is no side of them: in "In January the NIS counted about 300
dead" or "the agency now puts the number at about 2,100", Seoul's spy agency tallies North
Korea's losses. An organisation (an intelligence service, a ministry, a monitor) right before
a counting verb is the source of a casualty figure, never whose casualties they are; a state
("Ukraine puts its losses at 43,000") may count its own, so it keeps the usual reading."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import ESTIMATE_VERBS

_COUNTING = ESTIMATE_VERBS | {
    "counted", "counts", "count", "estimated", "estimates", "tallied", "tallies", "recorded",
    "records", "numbered", "numbers",
}  # fmt: skip
# Words between the subject and its verb: "the agency now puts", "the NIS has counted".
_BETWEEN = frozenset({"now", "has", "had", "have", "also", "then", "already", "still", "later"})


def counting_organisation(s: Sentence, f: Figure) -> bool:
    """Whether the nearest name before a casualty figure in its clause is an organisation
    that counts it ("the NIS counted about 300 dead")."""
    first = s.clause_start(f.start)
    if _COUNTING.isdisjoint(s.lowers[first : f.start]):
        return False  # no counting verb before the figure: nearly every figure
    for j in range(f.start - 1, first - 1, -1):
        found = s.mention_at.get(j)
        if found is None:
            continue
        entity = s.gazetteer.get(found.entity)
        if entity is None or entity.kind != "org":
            return False
        k = found.end
        while k < f.start and s.lowers[k] in _BETWEEN:
            k += 1
        return k < f.start and s.lowers[k] in _COUNTING
    return False
