"""A deal whose contents are weapons is a purchase, no treaty: "The deal, concluded under
the Foreign Military Sales programme, also covers training, spare parts and missiles" tells
what was bought. A treaty covers matters ("covers defence cooperation and training"), a
sale covers goods, so the goods words decide, not the verb."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Verbs that list a deal's contents.
_COVERING = frozenset({"covers", "cover", "covered", "includes", "include", "included",
                       "comprises", "comprised"})  # fmt: skip
# Weapons and the goods sold with them, singular; people ("covers prisoners") stay out, as a
# ceasefire deal may include them.
WEAPON_GOODS = frozenset(
    {"arms", "weapon", "spare", "ammunition", "munition", "aircraft", "tank", "missile",
     "shell", "drone", "howitzer", "rocket", "jet", "helicopter", "warship", "ship", "vessel",
     "launcher", "warhead", "submarine", "frigate", "destroyer", "fighter", "interceptor"}
)  # fmt: skip
_DEAL_REACH = 16  # "The deal, concluded under the US government's ... programme, also covers"
_LIST_REACH = 8  # "covers training, spare parts and missiles"


def deal_covers_goods(s: Sentence, trigger: int) -> bool:
    """Whether the deal noun at `trigger` is the subject of a covering verb (above) whose
    list, before the clause ends, names goods."""
    if _COVERING.isdisjoint(s.words):
        return False  # nearly every deal sentence: one set test
    lowers = s.lowers
    end = min(s.end, trigger + 1 + _DEAL_REACH)
    for k in range(trigger + 1, end):
        if lowers[k] in _COVERING:
            return any(_goods(w) for w in lowers[k + 1 : min(s.end, k + 1 + _LIST_REACH)])
        if lowers[k] in {";", "."}:
            return False
    return False


def _goods(word: str) -> bool:
    return word in WEAPON_GOODS or (word.endswith("s") and word[:-1] in WEAPON_GOODS)
