"""A figure named as a goal: "The government's goal is 300,000 soldiers by 2035", "with a
target of 5,000 recruits a year". What a goal counts is still to be reached, whatever tense
tells it, as a figure after "plans to" is; told as the predicate of a goal noun (or after
"target of"), it carried no marker of the future and passed for an army already that size.

Only a goal noun separated from the figure by a form of "be" or by "of": "reached its goal,
with 5,000 recruits" reports the result, and "the goal of the 2,000 troops sent" counts men
already sent (the figure starts past "the"); neither has the figure as the goal's own."""

from __future__ import annotations

from bot.nlp.context import Sentence

_GOALS = frozenset({"goal", "goals", "target", "targets", "aim", "objective", "ambition"})
_LINKS = frozenset({"is", "was", "remains", "'s", "’s", "of", ":", "be"})


def goal_set(s: Sentence, first: int, before: int) -> bool:
    """Whether the figure starting at `before` is what a goal noun in its clause (from
    `first`) sets out to reach."""
    if _GOALS.isdisjoint(s.words):
        return False  # nearly every sentence
    link = before - 1
    if link - 1 < max(first, s.start) or s.lowers[link] not in _LINKS:
        return False
    return s.lowers[link - 1] in _GOALS
