"""A loss bulletin's lead-in that names the losses it lists: "the General Staff reported the
total combat losses of the enemy from February 24, 2022:", "the enemy's combat losses ...
are estimated as follows:". Such a list counts the teller's enemy's losses, so:

- a line with no side of its own goes to the opponent of the belligerent telling it, as
  under a lead-in whose verb says the teller's side inflicted them ("destroyed:");
- its "personnel" line counts men put out of action (killed and wounded), not men sent: the
  bulletin's first line is its casualty toll (so too under a lead-in with no colon that
  speaks of losses).

A lead-in that names losses without "enemy" ("Russia's losses:") already names its side and
is left to the other rules; a list under any other lead-in ("troops deployed:") is no loss
list, and its "personnel" line stays a count of troops."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import opponent

_LOSS_WORDS = frozenset({"losses", "loss", "lost"})
_ENEMY = frozenset({"enemy", "enemy's", "invaders", "occupiers", "aggressor"})
_PERSONNEL = frozenset({"personnel", "manpower"})
_LOSS_REACH = 60  # tokens back from the line to the lead-in's "losses"


def enemy_loss_list(s: Sentence, lead_in: tuple[int, int] | None) -> bool:
    """Whether the list's lead-in, tokens `lead_in`, names the enemy's losses."""
    if lead_in is None:
        return False
    words = s.tokens.lowers[lead_in[0] : lead_in[1]]
    return not _LOSS_WORDS.isdisjoint(words) and not _ENEMY.isdisjoint(words)


def as_enemy_loss(q: Quantity, told: Quantity | None) -> Quantity:
    """`q`, a line of an enemy loss list, with the teller's opponent as its side. A lead-in
    that names no teller ("the enemy's combat losses are estimated as follows:") goes on
    from the figure `told` just before it, whose teller it quotes."""
    if q.claimant is None and q.actor is None and told is not None:
        q = replace(q, claimant=told.claimant)
    if q.actor is None and q.claimant is not None:
        sides = {opponent(e) for e in q.claimant.entities} - {None}
        if len(sides) == 1:
            q = replace(q, actor=sides.pop())
    return q


def personnel_losses(s: Sentence, q: Quantity, label: int) -> Quantity:
    """`q` as casualties when it is the "personnel" line (label at token `label`) of a list
    told under a lead-in that speaks of losses, even without a colon ("The total combat
    losses of the enemy amounted to the following, the General Staff reported.")."""
    lowers = s.tokens.lowers
    if q.measure != "troop" or lowers[label] not in _PERSONNEL:
        return q
    if _LOSS_WORDS.isdisjoint(lowers[max(0, label - _LOSS_REACH) : label]):
        return q  # "personnel – 1,200": a deployment's list, no losses
    return replace(q, measure="casualty", category="casualty")
