"""A total after a sending of uncounted troops in the same sentence counts those troops:
"Pyongyang could send additional troops and the total might reach 'up to 15,000'". The
total noun has no noun of its own, and the sentence has just named what is being sent, so the
number counts them, on the sender's side, whatever the article counted last (shells, money).

Only a verb of sending whose object is a plural noun of soldiers with no number ("send more
troops"), then a definite total noun ("the total", "the number") later in the sentence, before
the number: "sent 3,000 troops, and the total ..." names its own count, which the figure
rules carry on."""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun

_SENDING = frozenset(
    {"send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed",
     "dispatch", "dispatches", "dispatching", "dispatched"}
)  # fmt: skip
_TOTALS = frozenset({"total", "number", "count", "figure"})
_DEFINITE = frozenset({"the", "that", "this"})
# What may stand between a sender's name and its verb: "could send", "plans to send".
_BEFORE_VERB = frozenset({"could", "would", "will", "may", "might", "can", "plans", "to",
                          "is", "was", "preparing", "also", "soon"})  # fmt: skip
_OBJECT_REACH = 4  # "send several more elite troops"


def sent_object_total(s: Sentence, n: BareNumber) -> Implied | None:
    """Troops of the sender, for a bare number after "the total" that follows a sending of
    uncounted troops in its sentence; else None."""
    if _SENDING.isdisjoint(s.words) or _TOTALS.isdisjoint(s.words):
        return None  # nearly every sentence: no sending and total together
    total = next((k for k in range(n.start - 1, s.start, -1)
                  if s.lowers[k] in _TOTALS and s.lowers[k - 1] in _DEFINITE), None)  # fmt: skip
    if total is None:
        return None
    for verb in range(total - 2, s.start - 1, -1):
        if s.lowers[verb] not in _SENDING:
            continue
        unit = unit_noun(s, verb + 1)
        if unit is None or unit[2][1] != "troop" or unit[0] - verb > _OBJECT_REACH:
            return None
        if any(number_at(s, k) is not None for k in range(verb + 1, unit[0])):
            return None  # "send 3,000 more troops": a count of its own
        return figure_like(n, ("troop", "troop"), s.texts[unit[0]]), _sender(s, verb)
    return None


def _sender(s: Sentence, verb: int) -> str | None:
    """The state named as the sending verb's subject ("Pyongyang could send"), else None."""
    k = verb - 1
    while k > s.start and s.lowers[k] in _BEFORE_VERB:
        k -= 1
    found = next((m for m in s.mentions if m.end == k + 1), None)
    if found is None or found.kind != "country":
        return None
    return s.gazetteer.actor_of(found.entity)
