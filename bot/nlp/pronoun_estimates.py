"""A source's estimate set against the one just told, its count carried by a pronoun: "South
Korea put the toll at 2,500. Ukraine puts it higher, at more than 8,000." The figure names
no noun; "it" (or "them") is the count just given, so the figure counts what that count
counted and its owner owns it. News writes the comparison with the estimate verb, the
pronoun, "higher" or "lower" and "at" right before the figure; without the comparison a
pronoun may be anything ("puts it at risk"), so it is required.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import ESTIMATE_VERBS

_PRONOUNS = frozenset({"it", "them"})
_COMPARED = frozenset({"higher", "lower"})
_INTENSIFIERS = frozenset({"much", "far", "even", "slightly", "considerably", "still"})
_VERBS = ESTIMATE_VERBS | {"put", "putting", "placing"}


def restated_by_pronoun(s: Sentence, lead: int) -> bool:
    """Whether the figure starting at `lead` follows "<puts> it|them higher|lower, at"."""
    lowers, k = s.lowers, lead - 1
    if k <= s.start or lowers[k] != "at":
        return False
    k -= 1
    if lowers[k] == ",":
        k -= 1
    if k <= s.start or lowers[k] not in _COMPARED:
        return False
    k -= 1
    if lowers[k] in _INTENSIFIERS:
        k -= 1
    return k > s.start and lowers[k] in _PRONOUNS and lowers[k - 1] in _VERBS
