"""A total of what was sent, told right after a toll: "the contingent has suffered about
4,700 casualties. The new soldiers arrived in January, raising the number the North had
sent in total to some 14,000." A bare total reads as the last count's, but the dead and
wounded are never what a state sends: a sending verb between the total noun and the number
says the number counts soldiers, of the same side as the toll.

"raising the number of casualties to 5,000" and "the toll rose to 5,000" have no sending
verb and stay the toll's; so does a total told after a count of troops (it already counts
them).
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.sent_object_totals import sent_object_total
from bot.nlp.their_numbers import their_number

_TOTALS = frozenset({"number", "total", "count", "tally"})
_SENDING = frozenset(
    {"sent", "deployed", "dispatched", "send", "deploy", "dispatch", "sending", "deploying",
     "dispatching"}
)  # fmt: skip
_REACH = 9  # "the number the North had sent to Russia in total to some"


def sent_number_total(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """Soldiers, for a bare total of what "had sent" after a toll; else None."""
    if (theirs := their_number(s, n)) is not None:
        return theirs  # "put their number at 11,000": the people named before, not the last count
    if previous.category != "casualty" or _SENDING.isdisjoint(s.words):
        return sent_object_total(s, n)  # "could send more troops and the total might reach"
    stop = max(s.clause_start(n.start), n.start - _REACH)
    sending = False
    for k in range(n.start - 1, stop - 1, -1):
        word = s.lowers[k]
        if word in _SENDING:
            sending = True
        elif word in _TOTALS and s.lowers[k - 1] != "in":  # "sent in total" is no total noun
            if sending and s.lowers[k + 1] != "of":
                return figure_like(n, ("troop", "troop"), "troops"), previous.actor
            return None  # "the number of casualties": the toll's own total
    return None
