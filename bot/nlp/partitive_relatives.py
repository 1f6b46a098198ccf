"""A figure that opens its own relative clause as a part of the noun before it: "in return
for North Korea's troops, about 11,000 of whom are in Russia". The part is a share of that
noun, so it is the noun's owner's, not the main clause's subject's ("Russia is likely to
pay for ..."), and what the relative clause's own verb says decides whether it is done or
planned: the main clause's "is likely to" or "will" plans nothing of it."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_WHOM = frozenset({"whom", "which"})
_REACH = 5  # "the North Korean special forces troops ,"


def partitive_relative(s: Sentence, f: Figure) -> bool:
    """Whether the figure is ", N of whom/which", the subject of its own relative clause."""
    if _WHOM.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    end = max(f.end, f.num_end)
    return (
        s.lowers[end : end + 2] in (["of", "whom"], ["of", "which"])
        and f.start - 1 >= s.start
        and s.lowers[f.start - 1] == ","
    )


def partitive_owner(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """The owner named in the noun phrase the part is of: a possessive ("North Korea's
    troops", "the North's troops") or a demonym ("the North Korean troops")."""
    if not partitive_relative(s, f):
        return None
    comma = f.start - 1
    for k in range(comma - 1, max(s.start, comma - _REACH) - 1, -1):
        found = s.mention_at.get(k)
        if found is None:
            if s.lowers[k] in {",", ";", "of", "to", "for", "with"}:
                return None  # the noun phrase has ended: a name further left is another's
            continue
        if found.start in claim_tokens or not (found.possessive or found.adjectival):
            return None  # "sent troops to Russia, 3,000 of whom": the place, no owner
        return s.gazetteer.actor_of(found.entity)
    return None
