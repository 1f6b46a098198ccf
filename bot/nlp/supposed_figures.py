"""A figure an "if" clause only supposes, whose outcome the sentence weighs with "would":
"If Moscow sent 40,000 more soldiers, Minsk would have to ...", "And if the army lost 2,000
tanks this winter, as some analysts fear, the front could give way". The writer asks what
would follow from a number nobody reports as sent or lost; the figure is a prospect, like
a plan, not a reported fact.

A past-perfect condition ("If Russia had not received 3,000 shells, ...") looks back on
what did happen, and a figure in the main clause ("If talks fail, 5,000 troops will go")
is left to the other rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

# The modal of the outcome the condition is weighed against.
_OUTCOMES = frozenset({"would", "could", "might"})
# "if so", "if not", "if confirmed": the "if" points back at a claim already told.
_BACK = frozenset({"so", "not", "true", "confirmed", "correct", "accurate", "any"})
# A condition that ends before the figure, or one that recalls what happened.
_STOPS = frozenset({",", ";", ":", "had", "'d", "?"})
_REACH = 12  # "if the North sent a fresh contingent of 20,000": the "if" is near


def supposed_figure(s: Sentence, f: Figure) -> bool:
    """The figure sits in an "if" clause and a "would"/"could"/"might" follows it."""
    words = s.words
    if "if" not in words or _OUTCOMES.isdisjoint(words):
        return False  # nearly every sentence: two set tests
    lowers = s.lowers
    for k in range(f.start - 1, max(s.start, f.start - _REACH) - 1, -1):
        word = lowers[k]
        if word in _STOPS:
            return False
        if word == "if":
            if k + 1 < s.end and lowers[k + 1] in _BACK:
                return False
            return not _OUTCOMES.isdisjoint(lowers[f.end : s.end])
    return False
