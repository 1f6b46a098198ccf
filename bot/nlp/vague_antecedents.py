"""A bare number after a vague count of people: "Washington said thousands of North Korean
troops were in Russia. ... The White House said at least 3,000 had been moved", "... has put
the number at 3,000". The vague count ("thousands of troops") has no value, yet it says what
the article is counting, so a bare number that is plainly a count of the same people (troops
sent or moved, or a source's estimate of "the number") counts them too."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, same_as
from bot.nlp.context import Sentence
from bot.nlp.sent_counts import sent_troops

# Only counts of people: "dozens of drones ... 30 were shot down" needs the drones' own
# noun and fate rules, and a vague sum of money says nothing of a later bare number.
_PEOPLE = frozenset({"troop"})


def vague_antecedent(
    s: Sentence, n: BareNumber, previous: Quantity, *, restated: bool
) -> Implied | None:
    """The bare number `n` counted like the vague count `previous` (whose value is None),
    when the clause says it counts the same people: troops sent, moved or present after a
    reporting verb, or a restated estimate of "the number" (`restated`)."""
    if previous.value is not None:
        return None
    if restated and previous.category == "casualty":
        # "the Pentagon spoke of several hundred killed. Zelensky put the figure at 3,000":
        # a source's new figure for a toll told vaguely is that toll.
        return same_as(n, previous), previous.actor
    if previous.category not in _PEOPLE:
        return None
    if restated or sent_troops(s, n.start, n.end):
        return same_as(n, previous), previous.actor
    return None
