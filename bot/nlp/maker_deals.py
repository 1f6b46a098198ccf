"""The sum of a buyer's deals with a whole industry: "Warsaw has signed contracts worth more
than $20 billion with South Korean manufacturers, for tanks, howitzers and rocket launchers".
Plural contracts in the present perfect, signed with plural makers ("manufacturers",
"companies", "firms"), add up many sales over the years: the buyer's record, background to
the day's deal, with or without a "since 2022". One named seller ("has signed contracts worth
$6 billion with Hanwha Aerospace") may be the day's deal, and is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PLURAL_DEALS = frozenset({"orders", "contracts", "deals"})
_VALUED = frozenset({"worth", "valued", "totalling", "totaling"})
_MAKERS = frozenset(
    {"manufacturers", "companies", "firms", "makers", "producers", "suppliers", "contractors"}
)
_PERFECT = frozenset({"has", "have"})
_SIGNING = frozenset({"signed", "placed", "concluded", "awarded"})
_MAKER_REACH = 6  # "with South Korean arms manufacturers": the makers' noun phrase


def summed_with_makers(s: Sentence, f: Figure) -> bool:
    """Whether `f` is the worth of plural deals a perfect signs with plural makers."""
    if _MAKERS.isdisjoint(s.words) or _PLURAL_DEALS.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    lowers = s.lowers
    # "has signed contracts worth more than $20 billion": walk back over the worth's words.
    valued = next((k for k in range(f.start - 1, max(s.start, f.start - 5), -1)
                   if lowers[k] in _VALUED), None)  # fmt: skip
    if valued is None or lowers[valued - 1] not in _PLURAL_DEALS:
        return False
    verb = valued - 2
    if lowers[verb] not in _SIGNING or not (
        lowers[verb - 1] in _PERFECT or lowers[verb - 2 : verb] == ["has", "already"]
    ):
        return False
    last = s.clause_end(f.end)
    with_at = next((k for k in range(f.end, min(last, f.end + 2)) if lowers[k] == "with"), None)
    if with_at is None:
        return False
    return any(lowers[k] in _MAKERS for k in range(with_at + 1, min(last, with_at + _MAKER_REACH)))
