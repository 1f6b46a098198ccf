"""Towns twin, states treaty: "Suwon signs sister-city pact with Washington County", "the
twin-town agreement was signed at the town hall", "a twinning accord". Cities and counties
sign pacts with the same verbs as states, and a county or a city can share a state's name
("Washington", "Georgia"), so the pact's kind, named right before the noun, tells it."""

from __future__ import annotations

from bot.nlp.context import Sentence

# "sister", "twin" before a place noun make the kind: "sister-city", "twin-town".
_PAIRINGS = frozenset({"sister", "twin"})
_PLACES = frozenset(
    {"city", "cities", "town", "towns", "county", "counties", "province", "provinces",
     "region", "regions", "municipality", "municipalities", "village", "villages"}
)  # fmt: skip
# "a twinning agreement": the kind in one word.
_TWINNING = frozenset({"twinning", "twinned"})
# "a sister-city partnership agreement": one more modifier may stand before the noun.
_MODIFIERS = frozenset({"partnership", "friendship", "cooperation", "exchange"})


def town_pact(s: Sentence, trigger: int) -> bool:
    """Whether the pact noun at `trigger` is named as one between towns (above)."""
    k = trigger - 1
    if k > s.start and s.lowers[k] in _MODIFIERS:
        k -= 1
    if k < s.start:
        return False
    word = s.lowers[k]
    if word in _TWINNING:
        return True
    if word not in _PLACES:
        return False  # most treaty nouns: one set test
    k -= 1
    if k > s.start and s.lowers[k] == "-":
        k -= 1  # "sister-city" is three tokens
    return k >= s.start and s.lowers[k] in _PAIRINGS
