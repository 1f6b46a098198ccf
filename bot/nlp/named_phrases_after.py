"""A figure's noun followed by a phrase naming a force or body before its verb: "up to 500
servicemen of the Korean People's Army will be able to study". The scan for a future verb
after the noun stops at a capitalised word (a name may start a new clause), which cuts it
off inside a multi-word name; a whole named entity right after "of"/"from" (and "the") is
one unit of the noun phrase, so the verb is looked for just after it."""

from __future__ import annotations

from bot.nlp.context import Sentence

_LINKS = frozenset({"of", "from"})


def past_named_phrase(s: Sentence, k: int) -> int:
    """The token after "of/from (the) <named entity>" starting at `k`, or `k` when none
    starts there."""
    if k >= s.end or s.lowers[k] not in _LINKS:
        return k
    j = k + 1
    if j < s.end and s.lowers[j] == "the":
        j += 1
    found = s.mention_at.get(j)
    if found is None or found.start != j or found.adjectival or found.end >= s.end:
        return k
    return found.end
