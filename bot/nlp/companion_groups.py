"""The group a sentence fights beside is not the group it counts: in "North Korean soldiers
began fighting alongside Russian forces, and about 11,000 of them are now there", "them"
is the soldiers, the subject that does the fighting, not the nearer "Russian forces" told
as their companions (or foes: "against Ukrainian troops"). A group named after such a
preposition is passed over when "them" looks back for the group it points to. "with" is
left out: after "clashed with Ukrainian troops" the troops may well be the ones counted."""

from __future__ import annotations

from bot.nlp.context import Sentence

_COMPANION_WORDS = frozenset({"alongside", "beside", "against"})
_REACH = 3  # "alongside Russian forces", "against the Ukrainian army's units"
_POSSESSIVE = frozenset({"'s", "’s"})


def companion_group(s: Sentence, unit_start: int) -> bool:
    """Whether the plural noun at `unit_start` ends a phrase opened by "alongside",
    "beside" or "against", within a few words before it."""
    for k in range(unit_start - 1, max(s.start, unit_start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _COMPANION_WORDS:
            return True
        if not (word[:1].isalpha() or word in _POSSESSIVE):
            return False  # a comma or a number closes the phrase before any preposition
    return False
