"""A count of the dead that names no side takes the side the text has just been counting:
"the total number of North Koreans sent to Russia ... had reached about 18,000. ... The death
toll climbed all year. In January the NIS counted about 300 dead" counts North Korea's dead,
though the only name in its sentence is the agency that counted them.

Only a count of soldiers' losses (not "people" or "civilians", whom a strike kills on
either side), only when the owned soldiers and losses counted just before are all one
side's, and only when the count's own sentence names no other state (but the one telling
it, with no "its" or "our" of its own side: "Kyiv says total losses are more than 9,000")
and no enemy ("the enemy's losses", "The Ukrainian Armed Forces lost more than 300
servicemen"): with two sides in play the count stays ownerless rather than be given to the
wrong army. A state named only as a compared estimate's owner ("a tally in line with South
Korea's") is no such side."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.compared_possessives import compared_only
from bot.nlp.context import Tokens
from bot.nlp.gazetteer import Gazetteer

# About a short paragraph back: the sentence or two that set up what is being counted.
_REACH_CHARS = 400
_PEOPLE = frozenset({"troop", "casualty"})
# The nouns of a soldiers' toll; "people", "civilians", "workers" and "injured" count a
# strike's or a disaster's victims, whom no army's count covers.
_TOLL_UNITS = frozenset(
    {"casualties", "casualty", "dead", "deaths", "killed", "wounded", "killed and wounded",
     "soldiers", "servicemen", "personnel", "troops", "losses"}
)  # fmt: skip
# Words by which a source counts its own side: "Kyiv says its losses", "Ukraine says it lost".
_OWN_SIDE = frozenset({"it", "its", "we", "our", "us", "they", "their", "own"})


def unowned_tolls(
    tokens: Tokens, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The document's ownerless soldiers' tolls given the one side of the soldiers and
    losses counted within `_REACH_CHARS` before them, in reading order."""
    if not any(_unowned(q) for q in quantities):
        return quantities  # nearly every text: one pass
    starts = [tokens.chars(a, a + 1)[0] for a, _ in tokens.sentences]
    out = list(quantities)
    for k, q in enumerate(out):
        if not _unowned(q) or _victims_told_before(q, out[:k]):
            continue
        sides = {
            p.actor for p in out[:k]
            if p.actor is not None and p.category in _PEOPLE and q.start - p.end <= _REACH_CHARS
        }  # fmt: skip
        if len(sides) != 1:
            continue
        side = sides.pop()
        here = bisect_right(starts, q.start) - 1
        first = starts[here] if here >= 0 else 0
        last = starts[here + 1] if here + 1 < len(starts) else len(tokens.text)
        named = {gazetteer.actor_of(m.entity) for m in mentions
                 if first <= m.start < last and _state(gazetteer, m.entity)
                 and not compared_only(tokens.text, m.start, m.end)}  # fmt: skip
        named -= _teller_states(q, mentions, gazetteer, first, last)
        if named <= {side}:
            out[k] = replace(q, actor=side)
    return out


def _unowned(q: Quantity) -> bool:
    # "the enemy's total losses": the sentence names the side as the teller's enemy, which
    # is the other army, not the one just counted.
    return q.actor is None and q.measure == "casualty" and q.value is not None and (
        q.unit.lower() in _TOLL_UNITS and "enemy" not in q.sentence.lower()
    )


def _victims_told_before(q: Quantity, before: list[Quantity]) -> bool:
    """Whether a bare toll ("six were injured") follows, in its own sentence, a count of a
    strike's victims ("one person was killed and six were injured"): the number goes on
    counting those people, not the soldiers counted before."""
    if q.unit.lower() != "casualty":
        return False  # the toll has its own noun ("six soldiers were wounded")
    return any(
        p.sentence == q.sentence and p.end <= q.start and p.measure == "casualty"
        and p.unit.lower() not in _TOLL_UNITS
        for p in before
    )  # fmt: skip


def _teller_states(
    q: Quantity, mentions: list[Mention], gazetteer: Gazetteer, first: int, last: int
) -> set[str]:
    """The state that only tells the toll: "Kyiv says total losses are more than 9,000"
    names Ukraine as the teller of the losses just being counted, not as their side. Only a
    teller that is the state itself ("Kyiv", "Ukraine"), not a person or a record a state's
    name describes ("Ukrainian President ...", "Vietnamese records"), and only with no word
    of the teller's own side in the sentence ("its losses")."""
    claimant = q.claimant
    if claimant is None or claimant.denied:
        return set()
    words = {w.strip(".,;:\"'").lower() for w in q.sentence.split()}
    if words & _OWN_SIDE:
        return set()
    return {
        gazetteer.actor_of(m.entity) for m in mentions
        if first <= m.start < last and m.surface == claimant.name and _state(gazetteer, m.entity)
    }  # fmt: skip


def _state(gazetteer: Gazetteer, name: str) -> bool:
    entity = gazetteer.get(name)
    return entity is not None and entity.kind == "country"
