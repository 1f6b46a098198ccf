"""A force's size told in parts joined by "and": "North Korea's army has about 1.28 million
active-duty troops and some 7.6 million reservists", "Taiwan has 170,000 active troops and
1.6 million reservists". Once the first part reads as the whole army's strength, the part
joined to it is the same army's too (its reserve, its paramilitary arm), not a force sent
anywhere, and it belongs to the same state.

Only a troop count joined right after a whole-force one counts, and only while it is still an
object of the same verb: "has 1.3 million troops and 300,000 soldiers are in Ukraine" starts
a clause of its own, whose count is a deployment.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

# What may stand between the two parts: "and", ", and", "as well as".
_JOINS = frozenset({"and", ", and", ", as well as", "as well as", "plus"})
# A verb right after the second count makes it the subject of a clause of its own.
_OWN_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
     "serve", "serving", "served", "remain", "remained", "stay", "fought", "fight"}
)  # fmt: skip
_VERB_REACH = 3


def joined_strengths(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, a troop count joined to a whole-force count made whole-force too."""
    if len(quantities) < 2 or not any(q.whole_force for q in quantities):
        return quantities  # nearly every sentence: no army's size
    text = s.tokens.text
    out = list(quantities)
    for k in range(1, len(out)):
        before, q = out[k - 1], out[k]
        if not before.whole_force or q.whole_force or q.category != "troop":
            continue
        if before.category != "troop":
            continue
        gap = " ".join(text[before.end : q.start].split()).lower()
        if gap not in _JOINS:
            continue
        after = text[q.end : q.end + 60].lower().replace(",", " ").split()[:_VERB_REACH]
        if not _OWN_VERBS.isdisjoint(after):
            continue
        out[k] = replace(q, whole_force=True, actor=q.actor or before.actor)
    return out
