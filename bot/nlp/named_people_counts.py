"""The people a bare count of those sent stands for, when the clause before it names them:
"Kyiv said the Syrians had been seen near the front, and that about 4,000 had been sent in
all". The number has no noun of its own, and the last count told before it counts other
people ("All 212 senators present backed the bill"), so it cannot lend its unit; but the
same sentence has just named the people by their plural demonym ("the Syrians"), and the
passive of sending that follows makes the number a count of them.

Only with a plural demonym standing as a noun (not "Syrian troops", whose noun is counted
by its own figure) before the number in the same sentence, and only after a count of
people that is neither troops nor casualties: those `bare_subject` carries on itself.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence

# Counts that `bare_subject` and the rules after it already carry to a bare number.
_CARRIED = frozenset({"troop", "casualty"})


def named_people(s: Sentence, q_start: int, previous: Quantity) -> tuple[str, str] | None:
    """The country whose people ("the North Koreans") the sentence names before the bare
    count at `q_start`, with the people's name as written, when the last count told
    (`previous`) counts other people; else None."""
    if previous.category in _CARRIED:
        return None
    named: tuple[str, str] | None = None
    k = s.start
    while k < q_start:
        found = s.mention_at.get(k)
        if found is None:
            k += 1
            continue
        if (
            found.start == k
            and found.kind == "country"
            and found.surface.endswith("s")
            and not found.adjectival
            and not found.possessive
        ):
            actor = s.gazetteer.actor_of(found.entity)
            if named is not None and named[0] != actor:
                return None  # two peoples named: the count could be either's
            named = actor, found.surface
        k = max(found.end, k + 1)
    return named
