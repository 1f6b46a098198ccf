"""Losses told as "their losses" of troops counted earlier in the same sentence: "about 9,000
soldiers of Belarus remain there, and their losses have passed 700 killed and wounded". The
"their" stands for the troops just counted, as "they" does in "they have lost 700"
(`their_losses`), so the losses are the troops' country's. Only "their" right before a noun
of losses counts, and only when that noun is the subject of a verb of reaching or of being
right before the figure ("their losses exceeded 4,000", "their casualties now stand at"):
"their losses" as an object ("Kyiv puts their losses at ...") is read by the estimate rules.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

LOSS_NOUNS = frozenset({"losses", "casualties", "casualty"})
_THEIR = "their"
# The verb that gives the losses' level, right before the figure (after its qualifier).
_LEVEL_VERBS = frozenset(
    {"exceeded", "exceed", "exceeds", "passed", "topped", "surpassed", "reached", "are",
     "were", "stood", "stand", "stands", "totalled", "totaled", "total", "amounted", "number",
     "numbered", "at", "to", "over", "have", "has", "had", "now", "already"}
)  # fmt: skip
_REACH = 8  # "their losses since December 2024 exceeded": a date or place between


def their_losses_reach(s: Sentence, first: int) -> bool:
    """Whether "their" and a loss noun, subject of a level verb, come just before the figure
    whose first token is `first`."""
    j = first - 1
    if j < s.start or s.lowers[j] not in _LEVEL_VERBS:
        return False
    while j >= s.start and s.lowers[j] in _LEVEL_VERBS:
        j -= 1
    stop = max(s.start + 1, j - _REACH)
    while j >= stop:
        if s.lowers[j] in LOSS_NOUNS:
            return s.lowers[j - 1] == _THEIR
        if s.lowers[j] in {",", ";", "and", "that"}:
            return False  # the clause ends before any loss noun
        j -= 1
    return False
