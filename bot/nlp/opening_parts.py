""""North Korean soldiers are fighting in Europe today. More than 10,000 of them are in
Russia.": a sentence that opens on "N of them" counts the people the sentences just before
named without a count. The group search of `group_parts` stays inside the figure's own sentence, so
"them" fell back to whatever the text counted last (howitzers, pages earlier).
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun

# Counts of people that "them" may point back to across a sentence's end.
_PEOPLE = frozenset({"troop", "person"})
# What may stand before the number at the sentence's opening: a quote mark, a qualifier.
_OPENERS = frozenset({'"', "“", "'", "‘", "more", "than", "about", "some", "over", "nearly",
                      "almost", "around", "at", "least", "roughly", "up", "to"})  # fmt: skip
_BACK = 2
# '"By our assessment, about 10,000 of them ...": a fronted source phrase before the number.
_FRONTED_SOURCES = frozenset({"by", "according", "per"})
_FRONTED_REACH = 6


def opening_group(
    s: Sentence, first: int, previous: Quantity | None
) -> tuple[int, int, tuple[str, str], str | None] | None:
    """The uncounted people the previous sentence named last (noun span, unit, side), when
    the figure at token `first` opens its sentence; None otherwise."""
    opening = _after_fronted_source(s, first)
    if any(w not in _OPENERS for w in s.lowers[opening:first]):
        return None
    # Two sentences back at most: a quote's attribution may stand between ("..., the
    # minister said at the ceremony. "More than 10,000 of them ...").
    start = s.earlier_start(_BACK)
    if start >= s.start:
        return None
    for k in range(s.start - 1, start - 1, -1):
        word = s.lowers[k]
        if not word.endswith("s"):
            continue
        unit = unit_noun(s, k)
        if unit is None or unit[0] != k or unit[2][1] not in _PEOPLE:
            continue
        if number_at(s, k - 1) is not None:
            return None  # "9,000 soldiers. 25 of them": counted, the count's rule reads it
        if previous is not None and previous.end > s.char_span(k, k + 1)[0]:
            return None  # the group was counted after it was named
        return unit[0], unit[1], unit[2], _demonym_side(s, k, start)
    return None


def _after_fronted_source(s: Sentence, first: int) -> int:
    """Where the sentence's opening resumes after a fronted source phrase ("By our
    assessment, ...", "According to Seoul, ..."): the token after its comma, else its start."""
    lowers = s.lowers
    k = s.start + (lowers[s.start] in _OPENERS and not lowers[s.start].isalpha())
    if lowers[k] not in _FRONTED_SOURCES or "," not in lowers[k:first]:
        return s.start
    comma = lowers.index(",", k, first)
    return comma + 1 if comma - k <= _FRONTED_REACH else s.start


def _demonym_side(s: Sentence, k: int, start: int) -> str | None:
    """The side a demonym right before the noun names ("North Korean soldiers")."""
    for width in (2, 1):
        if k - width < start:
            continue
        alias = " ".join(s.texts[k - width : k])
        if not s.gazetteer.is_adjectival(alias):
            continue
        entity = s.gazetteer.lookup(alias)
        if entity is not None:
            return s.gazetteer.actor_of(entity.name)
    return None
