"""A casualty count given as the predicate of an estimate that names no side: "About 600
soldiers of the North were killed. Its estimate of total casualties, including the wounded,
was about 4,700." / "The agency's estimate of deaths is about 2,100." / "Seoul's figure was
2,000." The subject names at most the source of the estimate ("its", "Seoul's", "the NIS"),
never whose casualties they are; like "the toll" (toll_references.py) it continues the
casualties the sentence before counted, so the count is that side's. Only a lone side
counts: after a sentence counting two sides' losses the estimate could be either's."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.toll_references import continue_lone_side

# The nouns an estimate's subject is built on: the estimate itself or what it counts.
_ESTIMATE_NOUNS = frozenset(
    {"estimate", "figure", "count", "tally", "toll", "total", "assessment", "casualties",
     "deaths", "losses"}
)  # fmt: skip
# What joins those nouns and their source: "its estimate of total casualties".
_PLAIN = frozenset(
    {"its", "their", "his", "her", "the", "'s", "’s", "of", "total", "overall", "latest",
     "new", "own", "death", "casualty", "combined", "updated", "revised", "lower", "higher"}
)  # fmt: skip
_COPULAS = frozenset({"is", "was", "were", "are", "stood", "stands", "stand", "at", "now",
                      "still", "currently"})  # fmt: skip
_QUALIFYING = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "over",
                         "more", "than", "at", "least", "approximately", "up", "to"})  # fmt: skip
# Nouns an estimator may be named before: "the NIS estimate", "Seoul's figure".
_SOURCE_NOUNS = frozenset({"estimate", "figure", "count", "tally", "assessment"})
_MAX_ASIDE = 8


def estimate_subject_owner(
    s: Sentence, found: list[Quantity], just_told: list[Quantity]
) -> list[Quantity]:
    """The sentence's ownerless casualty counts whose subject is a sideless estimate, given
    the side of the casualties the previous sentence counted."""
    return continue_lone_side(s, found, just_told, _ESTIMATE_NOUNS, _sideless_subject)


def _sideless_subject(s: Sentence, number: int) -> bool:
    """Whether the figure at token `number` (its qualifier's first token, or the number)
    follows a copula whose subject opens the sentence and is a sideless estimate."""
    lowers = s.lowers
    k = number - 1
    while k >= s.start and lowers[k] in _QUALIFYING:
        k -= 1
    if k < s.start or lowers[k] not in _COPULAS:
        return False
    while k >= s.start and lowers[k] in _COPULAS:
        k -= 1
    if k > s.start and lowers[k] == ",":  # ", including the wounded,": an aside to skip
        opening = next((j for j in range(k - 1, max(s.start, k - 1 - _MAX_ASIDE), -1)
                        if lowers[j] == ","), None)  # fmt: skip
        if opening is None:
            return False
        k = opening - 1
    end = k + 1
    start = end
    # Back to the clause's start: "When we last wrote ..., Seoul's figure was" starts after
    # the comma of the fronted clause.
    while start > s.start and lowers[start - 1] not in {",", ";", ":"}:
        start -= 1
    if start == end or lowers[end - 1] not in _ESTIMATE_NOUNS:
        return False
    for j in range(start, end):
        found = s.mention_at.get(j)
        if found is not None:
            # A name is the estimate's source only right before its noun ("the NIS estimate",
            # "Seoul's figure"); anywhere else it may be whose casualties they are.
            after = found.end
            if after < end and lowers[after] in {"'s", "’s"}:
                after += 1
            if after >= end or lowers[after] not in _SOURCE_NOUNS:
                return False
        elif lowers[j] not in _PLAIN and lowers[j] not in _ESTIMATE_NOUNS:
            return False  # any other word may name a side ("Russian casualties")
    return True
