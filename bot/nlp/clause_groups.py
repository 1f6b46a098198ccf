"""A bare number whose people an earlier clause of its own sentence named without counting
them: "there was evidence that North Korean troops were in Russia, and the White House said
at least 3,000 had arrived". `told_groups` reads the group from the sentence before; when
the writer names the soldiers and gives their number in one sentence, the group sits in the
clause before the number's own, set off from it by a comma or semicolon.

Only a plural noun of people with no number of its own ("9,000 soldiers" is a counted
group, which the figure rules carry on), only in a clause that ends before the number's
clause starts, and the side is the demonym right before the noun ("North Korean troops").
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun

_PEOPLE = frozenset({"troop", "person"})
_BREAKS = frozenset({",", ";"})


def clause_group(
    s: Sentence, q_start: int
) -> tuple[tuple[str, str], str, str | None] | None:
    """The first uncounted plural noun of people in a clause of `s` before the one holding
    the number at `q_start`, as (its measure and category, its text, its demonym's side)."""
    # The comma or semicolon that closes the clause before the number's: ", and the White
    # House said at least 3,000 had arrived".
    own = next((k for k in range(q_start - 1, s.start, -1) if s.lowers[k] in _BREAKS), None)
    if own is None:
        return None  # the number's clause opens the sentence: no earlier clause names them
    for j in range(s.start, own):
        if not s.lowers[j].endswith("s"):
            continue
        unit = unit_noun(s, j)
        if unit is None or unit[0] != j or unit[2][1] not in _PEOPLE:
            continue
        if j > s.start and number_at(s, j - 1) is not None:
            return None  # "9,000 soldiers": a counted group
        return unit[2], s.texts[j], demonym_side(s, j)
    return None


def demonym_side(s: Sentence, noun: int) -> str | None:
    """The side of the demonym ending right before the noun ("North Korean troops")."""
    found = s.mention_at.get(noun - 1)
    if found is None or found.end != noun or not found.adjectival:
        return None
    return s.gazetteer.actor_of(found.entity)
