"""An army's size stated as its strength: "Finland's wartime strength is 280,000 troops",
"The army's total strength stands at about 90,000 soldiers". A strength or size noun as the
subject of "is" or "stands at" names the whole force; a deployment's strength ("the
contingent's strength is 800 troops") is only that deployment, and is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SIZE_NOUNS = frozenset({"strength", "size"})
_COPULAS = frozenset({"is", "was", "stands", "stood", "remains"})
# Hedges between the copula and the number: "is about 280,000", "stands at roughly".
_HEDGES = frozenset(
    {"about", "around", "roughly", "some", "nearly", "almost", "over", "approximately", "at",
     "more", "than", "up", "to", "just", "under"}
)  # fmt: skip
# Parts of an army whose strength is theirs alone, no army's size.
_PARTS = frozenset(
    {"contingent", "deployment", "mission", "detachment", "garrison", "battalion", "brigade",
     "division", "regiment", "unit", "group", "corps", "force", "squadron", "fleet",
     "convoy", "column", "exercise", "exercises"}
)  # fmt: skip
_SUBJECT_REACH = 5


def stated_strength(s: Sentence, f: Figure) -> bool:
    """Whether the troop figure `f` is a whole army's size given as "its strength is N"."""
    if _SIZE_NOUNS.isdisjoint(s.words):
        return False  # nearly every figure: one set test
    k = f.start - 1
    while k >= s.start and s.lowers[k] in _HEDGES:
        k -= 1
    if k < s.start or s.lowers[k] not in _COPULAS:
        return False
    noun = k - 1
    if noun < s.start or s.lowers[noun] not in _SIZE_NOUNS:
        return False  # "its strength is": the size noun heads the subject
    owner = s.lowers[max(s.clause_start(noun), noun - _SUBJECT_REACH) : noun]
    return _PARTS.isdisjoint(owner) and "of" not in owner
