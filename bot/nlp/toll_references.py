"""A toll that points back at the count just told: "JCS put North Korean casualties at about
4,700. Budanov said the toll had since passed 6,000 killed and wounded." "The toll" names no
side, but the definite article refers to the casualties the sentence before counted, so the
new count is the same side's. Only a lone side counts: when the sentence before counted
casualties of two sides, "the toll" could be either's."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_TOLLS = frozenset({"toll", "tally", "count"})
# What may stand between "the" and the toll noun: "the death toll", "the overall casualty tally".
_TOLL_KINDS = frozenset({"death", "casualty", "overall", "total", "combined", "grim"})
# From the toll noun to the number: "toll had since passed", "toll has now risen to about".
_REACH = 7


def toll_owner(s: Sentence, found: list[Quantity], just_told: list[Quantity]) -> list[Quantity]:
    """The sentence's ownerless casualty counts told of "the toll", given the side of the
    casualties the previous sentence counted."""
    return continue_lone_side(s, found, just_told, _TOLLS, _told_of_toll)


def continue_lone_side(
    s: Sentence,
    found: list[Quantity],
    just_told: list[Quantity],
    cue_words: frozenset[str],
    refers_back: Callable[[Sentence, int], bool],
) -> list[Quantity]:
    """The sentence's ownerless casualty counts for which `refers_back` (given the token of
    the count's number) says they continue the count just told, given that count's side,
    when the previous sentence counted one side's casualties only. `cue_words` gates it."""
    if cue_words.isdisjoint(s.words) or not any(
        q.actor is None and q.category == "casualty" for q in found
    ):
        return found  # nearly every sentence: one set test
    sides = {q.actor for q in just_told if q.category == "casualty" and q.actor is not None}
    if len(sides) != 1:
        return found
    (side,) = sides
    idxs = s.tokens.idxs
    out = list(found)
    for k, q in enumerate(out):
        if (
            q.actor is None
            and q.category == "casualty"
            and refers_back(s, bisect_right(idxs, q.start) - 1)
        ):
            out[k] = replace(q, actor=side)
    return out


def _told_of_toll(s: Sentence, number: int) -> bool:
    """Whether "the (death) toll" opens the clause close before token `number`, with no name
    in between (a name says whose toll: "the Russian toll")."""
    lowers = s.lowers
    # "puts the toll at 7,000" (toll_estimates.py): the figure starts at its toll noun.
    first = number if lowers[number] in _TOLLS else number - 1
    for k in range(first, max(s.start, number - 1 - _REACH) - 1, -1):
        word = lowers[k]
        if not word.isalnum() or k in s.mention_at:
            return False  # a clause break or a name: not the toll's own clause
        if word in _TOLLS:
            j = k - 1
            while j > s.start and lowers[j] in _TOLL_KINDS:
                j -= 1
            return j >= s.start and lowers[j] == "the"
    return False
