"""A count of troops told as sent that names no sender takes the one state the whole text has
sending troops: in a piece on North Korea's deployment, "The NIS's current count is about
15,000 combat troops sent in all" counts North Korea's soldiers, though the only name in its
sentence is the agency that counted them and the sending was told paragraphs before (or
after), out of reach of sender_questions.py.

Only when every owned troop count of the text is one state's (with two armies in play the
count stays ownerless rather than go to the wrong one), only for a count told as gone
abroad ("sent", "ferried", "arrived"), and only when its own sentence names no other state
("15,000 troops were sent to Kursk, Moscow said" may be Russia's own)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Tokens
from bot.nlp.gazetteer import Gazetteer

# The count told as gone abroad, within a few words after it: "troops sent in all", "had been
# ferried to Vladivostok". Held or kept troops ("keeps 28,500 troops") are no sending.
_GONE = frozenset(
    {"sent", "deployed", "dispatched", "ferried", "shipped", "airlifted", "flown", "arrived",
     "transferred", "rotated", "gone", "went"}
)  # fmt: skip
_REACH = 5  # "combat troops had already been sent"


def unowned_sendings(
    tokens: Tokens, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The document's ownerless troop counts told as sent, given the text's lone sender."""
    if not any(_unowned(q) for q in quantities):
        return quantities  # nearly every text: one pass
    sides = {
        q.actor for q in quantities
        if q.actor is not None and q.category == "troop" and not q.whole_force
    }  # fmt: skip
    if len(sides) != 1:
        return quantities
    side = sides.pop()
    starts = [tokens.chars(a, a + 1)[0] for a, _ in tokens.sentences]
    out = list(quantities)
    for k, q in enumerate(out):
        if not _unowned(q) or not _gone(tokens.text, q):
            continue
        here = bisect_right(starts, q.start) - 1
        first = starts[here] if here >= 0 else 0
        last = starts[here + 1] if here + 1 < len(starts) else len(tokens.text)
        # The state of the source that counted them ("South Korea's spy agency said 1,500
        # soldiers had been shipped") is the teller, not a sender of its own.
        tellers = q.claimant.entities if q.claimant is not None else ()
        named = {gazetteer.actor_of(m.entity) for m in mentions
                 if first <= m.start < last and _state(gazetteer, m.entity)
                 and m.entity not in tellers}  # fmt: skip
        if named <= {side}:
            out[k] = replace(q, actor=side)
    return out


def _unowned(q: Quantity) -> bool:
    return q.actor is None and q.category == "troop" and q.value is not None and not q.whole_force


def _gone(text: str, q: Quantity) -> bool:
    after = text[q.end : q.end + 80].lower().split()[:_REACH]
    return not _GONE.isdisjoint(w.strip(",.;:") for w in after)


def _state(gazetteer: Gazetteer, name: str) -> bool:
    entity = gazetteer.get(name)
    return entity is not None and entity.kind == "country"
