"""Figures whose unit is not written next to the number but implied by the text around it:
"52 of 74 drones", "bringing the total to about 10,900", "2,000 more would follow", "about
100 of them have been killed", "12,000 North Koreans" (a plural demonym counts people of that
country)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, is_age, number_at, qualifier_before, read_figure
from bot.nlp.linking import counted_noun
from bot.nlp.units import normalise_measure

_TOTAL_BEFORE = (("total", "to"), ("total", "of"), ("total", "at"), ("total", "is"),
                 ("total", "was"), ("number", "to"), ("numbers", "to"))  # fmt: skip
_TOTAL_AFTER = (("in", "all"), ("in", "total"), ("altogether",), ("overall",))
_OF_THEM = frozenset({"them", "those", "these"})
_CASUALTY_WORDS = frozenset({"killed", "wounded", "injured", "dead", "died", "missing"})
_MILITARY = frozenset(
    {"troops", "soldiers", "sent", "deployed", "dispatched", "fighting", "front", "military",
     "army", "combat", "battle", "forces", "units", "deployment", "mercenaries"}
)  # fmt: skip


def implied_figure(
    s: Sentence, i: int, previous: Quantity | None
) -> tuple[Figure, str | None] | None:
    """A figure at token i whose unit is implied, with the actor it implies (or None)."""
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    q_start, qualifier = qualifier_before(s, i)
    after = s.lowers[end : end + 2]
    if after[:1] == ["of"] and end + 1 < s.end:
        # "52 of 74 drones": the part counts what the whole counts.
        whole = read_figure(s, end + 1)
        if whole is not None and whole.value is not None:
            return replace(whole, start=q_start, num_start=i, num_end=end, value=value,
                           value_max=None, qualifier=qualifier), None  # fmt: skip
        if after[1:] == [] or s.lowers[end + 1] not in _OF_THEM or previous is None:
            return None
        if not any(w in _CASUALTY_WORDS for w in s.lowers[end + 2 : end + 7]):
            return None
        return _like(s, q_start, i, end, value, qualifier, ("casualty", "casualty"),
                     "casualty"), previous.actor  # fmt: skip
    demonym = s.mention_at.get(end)
    if demonym is not None and demonym.start == end and demonym.kind == "country" and (
        demonym.surface.endswith("s") and not demonym.adjectival
    ):
        military = any(w in _MILITARY for w in s.lowers[s.start : s.end])
        measure = ("troop", "troop") if military else ("person", "person")
        figure = _like(s, q_start, i, end, value, qualifier, measure, demonym.surface)
        figure.unit_start, figure.unit_end = demonym.start, demonym.end
        figure.end = demonym.end
        return figure, s.gazetteer.actor_of(demonym.entity)
    if previous is None or previous.value is None:
        return None
    before = tuple(s.lowers[max(s.start, q_start - 2) : q_start])
    # "He said 2,000 more would follow": more of what was counted last.
    # (read_figure found no unit noun after it, or this would not be asked.)
    more = after[:1] in (["more"], ["others"], ["additional"])
    totals = more or before in _TOTAL_BEFORE or any(
        tuple(s.lowers[end : end + len(p)]) == p for p in _TOTAL_AFTER
    )
    if not totals:
        return None
    figure = _like(s, q_start, i, end, value, qualifier,
                   (previous.measure, previous.category), previous.unit)  # fmt: skip
    return figure, previous.actor


def parsed_figure(s: Sentence, i: int) -> Figure | None:
    """A figure whose unit noun only the dependency parse ties to the number ("some 3,000
    highly trained, battle-hardened assault troops"): the rules' last resort in a parsed
    sentence."""
    if s.parse is None:
        return None
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    noun = counted_noun(s, s.parse, i, end)
    if noun is None or s.texts[noun][:1].isupper() or noun in s.mention_at:
        return None
    found = normalise_measure(s.lowers[noun])
    if found is None or is_age(s, found[0], noun + 1):
        return None
    q_start, qualifier = qualifier_before(s, i)
    figure = _like(s, q_start, i, end, value, qualifier, found, s.texts[noun])
    figure.unit_start, figure.unit_end, figure.end = noun, noun + 1, noun + 1
    return figure


def _like(
    s: Sentence,
    q_start: int,
    i: int,
    end: int,
    value: float,
    qualifier: str | None,
    found: tuple[str, str],
    unit: str,
) -> Figure:
    return Figure(
        start=q_start, end=end, num_start=i, num_end=end, unit_start=i, unit_end=end,
        value=value, value_max=None, qualifier=qualifier, unit=unit, measure=found[0],
        category=found[1], mod_start=end,
    )  # fmt: skip
