"""A count that a subject "amounts to" or "numbers": "Russian combat losses over the past
day amounted to 1,140 personnel", "the grouping of Russian troops now numbers about 710,000
servicemen". The count is the subject's size, so the demonym inside the subject names whose
it is, even when it stands in an "of" phrase or before other modifiers, which the rules for
a demonym on the counted noun itself do not reach.

"The strike near the Russian border killed 12 people" has no verb of size, and "the Russian
forces shot down 40 drones" is an act, not a total: both stay with the other rules.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.demonym_wholes import demonym_whole_owner as demonym_whole_owner  # one import
from bot.nlp.figures import Figure

# The verb (with its particle) that says the subject is as large as the count.
_TOTALLING = frozenset(
    {"numbers", "numbered", "number", "totals", "totalled", "totaled", "total"}
)  # fmt: skip
_TOTALLING_TO = frozenset({"amounted", "amounts", "amount"})
_QUALIFIERS = frozenset(
    {"about", "some", "around", "roughly", "nearly", "almost", "approximately", "over",
     "more", "than", "less", "fewer", "at", "least", "up", "just", "under", "an",
     "estimated", "already", "now"}
)  # fmt: skip


def _totalling_verb(s: Sentence, f: Figure) -> int | None:
    """Index of the totalling verb right before the count, or None."""
    k = min(f.start, f.num_start) - 1
    while k >= s.start and s.lowers[k] in _QUALIFIERS:
        k -= 1
    if k >= s.start and s.lowers[k] in _TOTALLING:
        return k
    if k - 1 >= s.start and s.lowers[k] == "to" and s.lowers[k - 1] in _TOTALLING_TO:
        return k - 1
    return None


def totalled_owner(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """The side named by demonym in the subject a count totals, or None."""
    verb = _totalling_verb(s, f)
    if verb is None:
        return None
    for found in reversed(s.mentions_between(s.clause_start(verb), verb)):
        if found.adjectival and found.start not in claim_tokens:
            return s.gazetteer.actor_of(found.entity)
    return None
