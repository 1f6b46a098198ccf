"""A habit of the past: "We used to build about 40 howitzers a year" tells what was, set
against what is now, so its figures are history. The passive "is used to build 40 tanks" (a
purpose), "has used to justify sending 3,000 troops" and "used 40 drones" (done acts) are not
the habitual "used to"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

# "is used to build": the passive of "use", a purpose and no habit; "has used to justify":
# its perfect, a done act.
_NOT_HABITS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having"}
)


def used_to(s: Sentence, f: Figure) -> bool:
    """Whether an active "used to" before `f` in its clause tells a past habit."""
    if "used" not in s.words:
        return False  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(s.clause_start(f.start), f.start - 1):
        if lowers[k] == "used" and lowers[k + 1] == "to" and (
            k == s.start or lowers[k - 1] not in _NOT_HABITS
        ):
            return True
    return False
