"""A bare number a source sets a deployed force at: "Kyiv puts the deployment at about
12,000", "Seoul estimates the contingent at 8,000". News writes a force's size this way when
the troops were named just before: the group noun ("deployment", "contingent") says the number
counts soldiers though no unit follows it. Whose soldiers they are is the demonym before the
noun ("the North Korean contingent"), else, for a definite group ("the deployment"), the side
counted just before, which the definite noun refers back to."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.group_sizes import demonym_before
from bot.nlp.predicates import before_comparison

# "puts the Russian force in Kursk at 60,000": a force is a group of soldiers too, unless a
# modifier makes it another kind ("the air force", "the police force", "the workforce").
_GROUPS = frozenset({"deployment", "contingent", "grouping", "detachment", "garrison", "force",
                     "forces"})  # fmt: skip
_OTHER_FORCES = frozenset({"air", "naval", "police", "work", "labour", "labor", "space",
                           "rocket", "sales", "security"})  # fmt: skip
_VERBS = frozenset(
    {"puts", "put", "putting", "places", "placed", "estimates", "estimated", "estimating"}
)  # fmt: skip
_DEFINITE = frozenset({"the", "its", "their", "this", "that"})
_REACH = 6  # "puts the North Korean deployment in Kursk at": verb to "at"
_STOPS = frozenset({",", ";", ":", ".", "and", "but", "while", "which", "who", "that"})


def deployment_estimate(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The bare number `n` as the troop size of the group in "puts the deployment at N"."""
    if _GROUPS.isdisjoint(s.words) or _VERBS.isdisjoint(s.words):
        return None  # nearly every sentence: two set tests
    at = n.start - 1
    if at <= s.start or s.lowers[at] != "at":
        return None
    # "puts the contingent higher, at about 12,000": a comparison set off before "at" sets
    # the source's size against another's; the group noun stands before it.
    last = before_comparison(s, at - 1)
    noun = next((k for k in range(last, max(s.start, last - _REACH) - 1, -1)
                 if s.lowers[k] in _GROUPS or s.lowers[k] in _STOPS), None)  # fmt: skip
    if noun is None or s.lowers[noun] not in _GROUPS or s.lowers[noun - 1] in _OTHER_FORCES:
        return None
    verb = next((k for k in range(noun - 1, max(s.start, noun - 4) - 1, -1)
                 if s.lowers[k] in _VERBS or s.lowers[k] in _STOPS), None)  # fmt: skip
    if verb is None or s.lowers[verb] not in _VERBS:
        return None
    figure = figure_like(n, ("troop", "troop"), s.texts[noun])
    figure.unit_start, figure.unit_end = noun, noun + 1
    owner = demonym_before(s, noun)
    if owner is None and s.lowers[verb + 1] in _DEFINITE and previous is not None:
        owner = previous.actor  # "the deployment": the side just counted
    return figure, owner
