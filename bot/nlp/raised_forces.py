"""A force brought to a level is a troop count, whatever losses the sentence mentions.

"sent 1,500 fresh troops to replace its losses, bringing the contingent back to roughly 11,000
soldiers": news tells a batch sent to make up for losses and then the size the whole force is
back at. The loss word belongs to the purpose clause; the figure after "bringing the contingent
(back) to" is the force's strength, not a toll. Only a verb of raising with a force noun
("contingent", "force", "garrison") before "to"/"back to"/"above" counts: "bringing the toll
to 4,000" or "bringing the contingent's losses to 4,000" still count the dead and wounded.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_RAISING = frozenset(
    {"bringing", "brings", "brought", "raising", "raised", "taking", "took", "pushing",
     "pushed", "lifting", "lifted", "boosting", "boosted", "restoring", "restored"}
)  # fmt: skip
# Nouns naming a body of troops, whose level is its strength.
_FORCES = frozenset(
    {"contingent", "force", "forces", "garrison", "deployment", "presence", "grouping",
     "strength", "troops", "army"}
)  # fmt: skip
# Words that make the counted noun a toll: "bringing its losses to", "the death toll".
_LOSSES = frozenset({"losses", "loss", "toll", "casualties", "dead", "killed", "wounded",
                     "death", "deaths", "'s"})  # fmt: skip
_LINKS = frozenset({"to", "back", "up", "above", "over", "past", "beyond", "nearly", "almost"})
_REACH = 8  # "bringing the North Korean contingent in Russia back to"


def raised_force_level(s: Sentence, figure_start: int) -> bool:
    """Whether the figure starting at `figure_start` (its qualifier included) is the level a
    force has been raised or brought back to: "bringing the contingent back to 11,000"."""
    if _RAISING.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    k = figure_start - 1
    linked = False
    while k > s.start and s.lowers[k] in _LINKS:
        linked = True
        k -= 1
    if not linked:
        return False  # "bringing the contingent 11,000" is no English
    forced = False
    for j in range(k, max(s.start, k - _REACH) - 1, -1):
        word = s.lowers[j]
        if word in _LOSSES or word[:1].isdigit() or word in {",", ";", "."}:
            return False  # "bringing its losses to 4,000": a toll after all
        forced = forced or word in _FORCES
        if word in _RAISING:
            return forced
    return False
