"""Towns twin, states treaty: "Suwon signs sister-city pact with Washington County", "the
twin-town agreement was signed at the town hall", "a twinning accord", "a friendship pact
with the Polish town of Gniezno". Cities and counties sign pacts with the same verbs as
states, and a county or a city can share a state's name ("Washington", "Georgia"), so the
pact's kind, named right before the noun, tells it; or the other party, named after "with"
as "the (Polish) town of X", a place inside a state and not the state, or described as one
after its name ("with Changwon, the South Korean city where ...")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.council_pacts import council_pact

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


# "with the Polish town of X": a place noun that, followed by "of", names a place in a state.
_LOCAL_PLACES = frozenset(
    {"city", "town", "village", "municipality", "county", "borough", "commune"}
)  # fmt: skip
_WITH_REACH = 3  # "agreement with", "pact of friendship with": tokens from the noun to "with"
_PLACE_REACH = 3  # "the neighbouring Polish town": tokens from "with" to the place noun


def _town_counterparty(s: Sentence, trigger: int) -> bool:
    """Whether the pact at `trigger` is signed "with the (Polish) town of X"."""
    if _LOCAL_PLACES.isdisjoint(s.words) or "of" not in s.words:
        return False  # nearly every sentence: no place noun to name the other party by
    stop = min(s.end, trigger + 1 + _WITH_REACH)
    with_ = next((k for k in range(trigger + 1, stop) if s.lowers[k] == "with"), None)
    if with_ is None or with_ + 1 >= s.end or s.lowers[with_ + 1] != "the":
        return False
    for k in range(with_ + 2, min(s.end - 1, with_ + 2 + _PLACE_REACH)):
        if s.lowers[k] in _LOCAL_PLACES:
            return s.lowers[k + 1] == "of"
        if not s.texts[k][:1].isalpha():
            return False  # "with the, ..." : the phrase ended before a place noun
    return False


def _described_town(s: Sentence, trigger: int) -> bool:
    """Whether the pact at `trigger` is signed "with Changwon, the South Korean city where
    ...": the appositive after the partner's name says it is a town, not a state."""
    if _LOCAL_PLACES.isdisjoint(s.words) or "," not in s.words:
        return False  # nearly every sentence: no place noun to describe the partner by
    stop = min(s.end, trigger + 1 + _WITH_REACH)
    with_ = next((k for k in range(trigger + 1, stop) if s.lowers[k] == "with"), None)
    if with_ is None:
        return False
    k = with_ + 1
    while k < min(s.end, with_ + 1 + _NAME_REACH) and s.texts[k][:1].isupper():
        k += 1  # the partner's name: "Changwon", "Nowy Sącz"
    if k == with_ + 1 or s.lowers[k : k + 2] != [",", "the"]:
        return False
    for j in range(k + 2, min(s.end, k + 2 + _PLACE_REACH + 1)):
        if s.lowers[j] in _LOCAL_PLACES:
            return True
        if not s.texts[j][:1].isalpha():
            return False
    return False


_NAME_REACH = 3  # "Nowy Sącz", "Le Havre": capitalised words of the partner's name


def town_pact(s: Sentence, trigger: int) -> bool:
    """Whether the pact noun at `trigger` is named as one between towns (above)."""
    if _town_counterparty(s, trigger) or _described_town(s, trigger) or council_pact(s, trigger):
        return True
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
