"""A unit that will join a force already in place does not plan that force: in "the brigade
will join a U.S. force of roughly 10,000 troops in Poland" the joining is ahead, but the
10,000 are there now, so the host's size is told as a fact. Only a figure that sizes the
object of the joining verb through "of" ("join a force of", "reinforce the garrison of")
is spared; "will send a force of 5,000" plans its force, and "5,000 troops will join" plans
the joiners."""

from __future__ import annotations

from bot.nlp.among_groups import among_group
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.possessed_wholes import possessed_whole

_JOINING = frozenset({"join", "joins", "joining", "reinforce", "reinforces", "reinforcing",
                      "bolster", "bolsters", "bolstering", "augment", "augments",
                      "augmenting"})  # fmt: skip
# The host a joiner joins: "a force of", "the garrison of", "a contingent of".
_HOSTS = frozenset({"force", "forces", "garrison", "contingent", "presence", "mission",
                    "deployment", "troops", "army"})  # fmt: skip
_MAX_GAP = 6  # tokens from the verb to the figure: "join a U.S.-led NATO force of"


def present_group(s: Sentence, f: Figure) -> bool:
    """A figure a modal before it does not plan: a group something may be among ("may be
    among the 11,000 troops sent", `among_groups`), a force to be joined, or the whole a
    plan takes a part of ("rotate some of its 11,000 troops", `possessed_wholes`)."""
    return among_group(s, f) or joined_host(s, f) or possessed_whole(s, f)


def joined_host(s: Sentence, f: Figure) -> bool:
    """The figure sizes a force that the sentence's subject will join ("join a force of N")."""
    if _JOINING.isdisjoint(s.words):
        return False  # nearly every sentence: no joining verb
    if f.start - 2 < s.start or s.lowers[f.start - 1] != "of":
        return False
    if s.lowers[f.start - 2] not in _HOSTS:
        return False
    for k in range(f.start - 3, max(s.start, f.start - 2 - _MAX_GAP) - 1, -1):
        word = s.lowers[k]
        if word in _JOINING:
            return True
        if word in {",", ";", ":", "and", "or", "of"}:
            return False  # another clause or noun phrase between
    return False
