"""Losses told of a "they" that stands for troops counted earlier in the same sentence:
"Pyongyang sent 8,000 soldiers to the front and they have suffered some 900 casualties."
Named, the troops would make the losses their country's; the pronoun standing for them does
the same. Only a "they" that is the loss verb's own subject counts ("they said 900 died" is
a claim, whose owner the claim rules read), and only when a troop figure with an owner comes
before it in the sentence. A definite force noun stands for them as "they" does: "about 9,000
soldiers of Belarus remain there, after the contingent lost some 700" (`definite_force`)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.definite_forces import FORCE_WORDS, definite_force
from bot.nlp.remaining_troops import remaining_owners
from bot.nlp.their_loss_nouns import LOSS_NOUNS, their_losses_reach

_THEY = frozenset({"they"})
# The verbs a body of troops takes its own losses with.
_LOSS_VERBS = frozenset(
    {"suffered", "suffer", "suffering", "lost", "lose", "losing", "sustained", "sustain",
     "incurred", "incur", "taken", "took"}
)  # fmt: skip
_AUXILIARIES = frozenset({"have", "had", "has", "may", "might", "could", "already", "now",
                          "reportedly", "also", "since"})  # fmt: skip
_REACH = 6  # "they had already suffered some 3,000"


def their_losses(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    they = not (_THEY.isdisjoint(s.words) and FORCE_WORDS.isdisjoint(s.words)) and not (
        _LOSS_VERBS.isdisjoint(s.words)
    )
    # "and their losses exceeded 4,000" (`their_loss_nouns`)
    their = "their" in s.words and not LOSS_NOUNS.isdisjoint(s.words)
    if not (they or their):
        return remaining_owners(s, quantities)  # "... and that 11,000 troops remain"
    for k, q in enumerate(quantities):
        if q.category != "casualty" or q.actor is not None:
            continue
        owner = next((p.actor for p in reversed(quantities[:k])
                      if p.category == "troop" and p.actor is not None), None)  # fmt: skip
        if owner is None:
            continue
        first = next((i for i in range(s.start, s.end) if s.char_span(i, i + 1)[0] >= q.start),
                     s.end)  # fmt: skip
        if (they and _they_lost(s, first)) or (their and their_losses_reach(s, first)):
            quantities[k] = replace(q, actor=owner)
    return remaining_owners(s, quantities)


def _they_lost(s: Sentence, first: int) -> bool:
    """Whether "they", its auxiliaries and a loss verb come just before the figure, whose
    first token is `first`."""
    j = first - 1
    if j > s.start and s.lowers[j] in QUOTES:
        j -= 1  # 'they have suffered "over 4,000 casualties"': quoted from its source
    # The qualifier ("some", "about") is part of the figure's span already.
    if j < s.start or s.lowers[j] not in _LOSS_VERBS:
        return False
    j -= 1
    while j >= max(s.start, first - _REACH) and s.lowers[j] in _AUXILIARIES:
        j -= 1
    return j >= s.start and (s.lowers[j] in _THEY or definite_force(s, j))
