"""An army sized by a bare preposition: "with an army now above 200,000 soldiers", "an army
at nearly 150,000 troops". The figure is the whole army's size, as in "an army of 200,000"
(`people_counts.army_of`), but an adverb or a comparing preposition stands between the
noun and the count, so the "of" test misses it.

"the army sent 5,000 soldiers" or "an army unit of 2,000 troops" stay deployments: only
adverbs of time and words of size may stand between "army" and the count.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_ARMIES = frozenset({"army", "military"})
# What may stand between the army and its count: time adverbs and comparing prepositions.
_BETWEEN = frozenset(
    {"now", "currently", "still", "already", "today", "above", "over", "at", "of", "near",
     "nearly", "almost", "around", "about", "some", "roughly", "below", "under", "just",
     "numbering", "standing"}
)  # fmt: skip
_REACH = 4


def army_sized(s: Sentence, f: Figure) -> bool:
    """"an army now above 200,000 soldiers": the count sizes the whole army before it."""
    if _ARMIES.isdisjoint(s.words):
        return False  # nearly every figure: one set test
    k = min(f.start, f.num_start) - 1
    stop = max(s.start, k - _REACH)
    while k >= stop and s.lowers[k] in _BETWEEN:
        k -= 1
    if k < s.start or s.lowers[k] not in _ARMIES:
        return False
    # "an army" or "a military": an army introduced by its size, not "the army sent ..."
    return k - 1 >= s.start and s.lowers[k - 1] in {"an", "a", "its", "their", "his", "her"}
