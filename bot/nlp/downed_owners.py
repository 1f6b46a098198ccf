"""Whose drones and missiles a shoot-down count counts: the side that launched them.

"Air defences shot down 429 of the drones", "Russian air defences downed 43 Ukrainian
drones", "Thirty-three were shot down and 19 were 'lost' to jamming": a watch on Russia's
drones means the drones Russia fires, also those brought down, so a count of weapons shot
down, intercepted, jammed, lost or destroyed (downed_counts.py) is its owner's:
  - an owner named on the noun ("43 Ukrainian drones") or after it ("launched by Russia");
  - for a part ("97 of the drones", "23 of them", "52 of 74 drones"), the whole's owner;
  - the other side of the defender, named as the subject ("Ukrainian air defences shot
    down ...") or else the side that reports it ("..., the air force said"), in the known
    two-sided wars (enemy_claims.py);
  - the owner of the same weapons counted just before ("Russia launched 87 drones. ... 61
    drones were shot down").
Otherwise the count has no owner: the defender is never whose weapons they were."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.downed_counts import DOWN, FILLER, REACH, SHOOTING, WEAPONS, downed_counts
from bot.nlp.enemy_claims import opponent

_SUBJECT_REACH = 5
_PARTS = frozenset({"including", ", including"})  # "..., including 23 over the Kursk region"
_PRONOUNS = frozenset({"them", "those", "these", "which"})
_REPORTING = frozenset({"said", "says", "claimed", "reported", "added", "that", "told"})


def downed_owners(
    s: Sentence, found: list[Quantity], before: Sequence[Quantity]
) -> list[Quantity]:
    """The sentence's counts of weapons brought down, given to the side that launched them;
    `before` holds the figures of the sentence before."""
    if SHOOTING.isdisjoint(s.words) and {"down", "lost"}.isdisjoint(s.words):
        return found  # nearly every sentence: one set test
    if not any(q.measure in WEAPONS for q in found):
        return found
    told = downed_counts(s, found)
    out = list(found)
    for k, q in enumerate(out):
        a, b = told.spans[k]
        part = k > 0 and told.flags[k - 1] and (told.gaps[k] in _PARTS or _pronoun_part(s, b))
        if part and q.measure in WEAPONS:  # ", including 23 over ...", ", 38 of them over ..."
            out[k] = replace(q, actor=out[k - 1].actor)
        elif told.flags[k]:
            out[k] = replace(q, actor=_owner(s, out, k, (a, b), told.verbs[k], before))
    return out


def _owner(
    s: Sentence,
    out: list[Quantity],
    k: int,
    span: tuple[int, int],
    verb: int | None,
    before: Sequence[Quantity],
) -> str | None:
    q, (a, b) = out[k], span
    for inner in s.mentions_between(a, b):  # "43 Ukrainian drones", "52 of 74 Russian drones"
        if s.lowers[inner.end : inner.end + 1] not in (["-"], ["–"]):  # not "Iranian-made"
            return s.gazetteer.actor_of(inner.entity)
    agent = s.mention_at.get(b + 2) if s.lowers[b : b + 2] == ["launched", "by"] else None
    if agent is not None:  # "74 drones launched by Russia"
        return s.gazetteer.actor_of(agent.entity)
    if _partitive(s, a, b):
        # "52 of 74 drones": the whole that follows; "97 of the drones": the last counted.
        wholes = [w for w in out[k + 1 :] if q.start < w.start < q.end]
        whole = wholes[0] if wholes else _last_count(q, [*before, *out[:k]])
        if whole is not None and whole.actor is not None:
            return whole.actor
    defender = _named_defender(s, verb) if verb is not None else None
    if defender is not None and (side := opponent(defender)) is not None:
        return side
    claimant = q.claimant
    if claimant is not None and not claimant.denied:
        sides = {opponent(s.gazetteer.actor_of(e)) for e in claimant.entities} - {None}
        if len(sides) == 1:
            return sides.pop()
    last = _last_count(q, [*before, *out[:k]], same=True)
    return last.actor if last is not None else None


def _pronoun_part(s: Sentence, b: int) -> bool:
    pair = s.lowers[b : b + 2]
    return len(pair) == 2 and pair[0] == "of" and pair[1] in _PRONOUNS  # "103 of them were"


def _partitive(s: Sentence, a: int, b: int) -> bool:
    lowers = s.lowers
    if "of" in lowers[a:b] or _pronoun_part(s, b):
        return True  # "97 of the drones", "103 of them were shot down"
    if a - 2 >= s.start and lowers[a - 2 : a] == ["of", "which"]:
        return True  # "..., of which 61 were shot down"
    # "Of those, 88 were shot down", "Of the drones, 57 were shot down"
    return lowers[s.start] == "of" and "," in lowers[s.start : a] and a - s.start <= REACH


def _last_count(q: Quantity, told: list[Quantity], *, same: bool = False) -> Quantity | None:
    counts = [w for w in told if w.measure in WEAPONS and w.actor is not None]
    alike = [w for w in counts if w.measure == q.measure]
    if alike or same:
        return alike[-1] if alike else None
    return counts[-1] if counts else None


def _named_defender(s: Sentence, verb: int) -> str | None:
    """The side named in the subject of the shooting verb: "Ukrainian air defences shot
    down", "Russian air defence systems intercepted and destroyed"."""
    stop, lowers = s.clause_start(verb), s.lowers
    j = verb - 1
    while j >= stop and (lowers[j] in FILLER or lowers[j] in SHOOTING or lowers[j] in DOWN
                         or lowers[j] == "down" or lowers[j].endswith("ly")):  # fmt: skip
        j -= 1  # "had shot down or electronically suppressed"
    for i in range(j, max(stop, j - _SUBJECT_REACH + 1) - 1, -1):
        if lowers[i] in _REPORTING:
            return None  # "the ministry said its air defences ...": the subject ends here
        found = s.mention_at.get(i)
        if found is not None:
            return s.gazetteer.actor_of(found.entity)
    return None
