"""Loss tallies told over several sentences (a general staff's daily update):

- "1,140 soldiers lost over the past 24 hours": "lost" with no object, only a period after
  it, is the soldiers' fate (they are casualties), unlike "lost their positions".
- "Russia has lost 1,000,340 soldiers ... The figure includes 1,140 soldiers lost ... It also
  listed 10,933 tanks ... destroyed": a sentence that goes on with the same tally under a
  pronoun or "the figure" counts the same side's losses, so its figures take the side the
  previous sentence named. Unless the sentence names the loser as "the enemy" of the
  belligerent telling it ("The total losses of the enemy ... are about 718,000, the General
  Staff of Ukraine reports" after a count of North Koreans): that is the teller's foe.
- "some 4,700 have been killed or wounded, including around 600 dead": a share the same
  sentence sets inside a count of people is the same side's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import claimant_enemies

_PERIOD_OPENERS = frozenset({"over", "in", "during", "within", "since", "overnight", "."})
_OPENING_PRONOUNS = frozenset({"it", "they"})
_TALLY_NOUNS = frozenset({"figure", "total", "tally", "toll", "count", "number"})
_LOSS_MARKS = frozenset({"destroyed", "lost", "downed", "damaged", "losses"})


def lost_without_object(s: Sentence, k: int) -> bool:
    """Token k is "lost" used of the counted people, with only a period or the end after it."""
    if s.lowers[k] != "lost":
        return False
    after = s.lowers[k + 1] if k + 1 < s.end else "."
    return after in _PERIOD_OPENERS or after in {",", ";"}


def included_shares(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    text = s.tokens.text
    out = list(found)
    shared = False  # whether the figure before was itself a share given its owner here
    for k in range(1, len(out)):
        before, q = out[k - 1], out[k]
        if q.actor is not None or before.actor is None or not (
            q.category == "casualty"
            or (q.measure in _RANKS and (shared or before.category == "troop"))
        ):
            shared = False
            continue
        gap = " ".join(text[before.end : q.start].split()).lower()
        # "about 12,000, including some 500 officers and three generals": the ranks listed
        # inside a count of soldiers are the same army's, the second as much as the first.
        if (shared and gap == "and") or (
            before.category in {"casualty", "troop"} and gap.endswith("including")
        ):
            out[k] = replace(q, actor=before.actor)
            shared = True
        else:
            shared = False
    return out


# The ranks of soldiers a count of troops may list inside it.
_RANKS = frozenset({"officer", "general", "commander", "soldier", "sniper", "pilot", "troop"})


def continued_tally(
    s: Sentence, found: list[Quantity], previous: list[Quantity]
) -> list[Quantity]:
    """The side of a loss list that continues the previous sentence's tally, if it names none."""
    if not found or all(q.actor is not None for q in found):
        return found
    if not _continues(s) or _LOSS_MARKS.isdisjoint(s.words):
        return found
    # A state named here other than the one telling the figures is a side of its own.
    sources = {e for q in found if q.claimant is not None for e in q.claimant.entities}
    if any(m.kind == "country" and m.entity not in sources for m in s.mentions):
        return found
    sides = {q.actor for q in previous if q.category in {"casualty", "troop"} and q.actor}
    if len(sides) != 1:
        return found
    side = sides.pop()
    # "the enemy" of a Ukrainian or Russian teller is named by the war, not by the sentence
    # before; only the figures still without a side go on with the previous tally.
    found = claimant_enemies(s, found)
    return [q if q.actor is not None else replace(q, actor=side) for q in found]


def _continues(s: Sentence) -> bool:
    opening = s.lowers[s.start : s.start + 2]
    return opening[0] in _OPENING_PRONOUNS or (
        len(opening) == 2 and opening[0] == "the" and opening[1] in _TALLY_NOUNS
    )
