"""A bare number that an estimate of a named thing is set at: "lowered its estimate of North
Korean troops in Russia to about 10,000", "raised its count of the soldiers sent there to
13,000", "puts its tally of workers sent abroad at 40,000". The estimate noun names what it
counts ("of <noun>"), so the number counts that noun even though none stands after it, as
"the number of X ... at N" does for peoples (`counted_peoples`). Only people: an estimate of
a bill or a distance is left to the readers of money and measures.

Only "to" or "at" right before the number, and the estimate noun a short way back: "the cost
of the drones rose to 400" has no estimate noun, and "its estimate of troops, which rose
from 2,000 in May to ..." is read elsewhere when the noun is further than the reach."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.put_people_figures import put_people_figure
from bot.nlp.sized_deployments import deployment_estimate
from bot.nlp.unit_nouns import unit_noun

_ESTIMATE_NOUNS = frozenset(
    {"estimate", "estimates", "count", "tally", "figure", "assessment", "number"}
)
_SETTING = frozenset({"to", "at"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "those", "these"})
_REACH = 14  # "its estimate of North Korean combat troops remaining in Russia to about"
# A clause boundary between the noun and the number starts another statement.
_STOPS = frozenset({";", ".", ":", "and", "but", "which", "who", "while"})
# People the estimate may count; money or distances have their own readers.
_PEOPLE = frozenset({"troop", "casualty", "person", "worker", "builder"})


def estimate_figure(
    s: Sentence, n: BareNumber, previous: Quantity | None = None
) -> Implied | None:
    """The bare number `n` as a count of the noun in "its estimate of <noun> ... to|at", with
    the side a country modifier of that noun names ("North Korean troops"), or None; or as
    the size of a group a source puts at it ("puts the deployment at 12,000")."""
    if (sized := deployment_estimate(s, n, previous) or put_people_figure(s, n)) is not None:
        return sized  # "puts the deployment at 12,000", "had put the dead at about 2,000"
    if _ESTIMATE_NOUNS.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    setting = n.start - 1
    if setting <= s.start or s.lowers[setting] not in _SETTING:
        return None
    for k in range(setting - 2, max(s.start, setting - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _STOPS:
            return None
        if word not in _ESTIMATE_NOUNS or s.lowers[k + 1] != "of":
            continue
        noun = k + 2
        if noun < setting and s.lowers[noun] in _DETERMINERS:
            noun += 1  # "its count of the soldiers sent to Russia"
        unit = unit_noun(s, noun) if noun < setting else None
        if unit is None or unit[1] > setting or unit[2][0] not in _PEOPLE:
            return None
        u_start, u_end, found, _ = unit
        figure = figure_like(n, found, s.texts[u_start])
        figure.unit_start, figure.unit_end = u_start, u_end
        return figure, _side(s, noun, u_start)
    return None


def _side(s: Sentence, start: int, unit_start: int) -> str | None:
    """The country named as a modifier of the counted noun: "of North Korean troops"."""
    for k in range(start, unit_start):
        found = s.mention_at.get(k)
        if found is not None and found.kind == "country":
            return s.gazetteer.actor_of(found.entity)
    return None
