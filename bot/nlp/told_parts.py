""""Around 10,000 of those soldiers are still in Russia": a share taken "of those" (or "of
these") troops is a share of the force the article has just told of, so it is that force's
state's, not the subject's who reports it. Only a demonstrative points back: "10,000 of the
soldiers" may open a whole of its own, and "of them" also points at people the sentence
itself names."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.sent_wholes import sent_part_actor as sent_part_actor  # one import for actors.py
from bot.nlp.told_forces import FORCE_NOUNS, last_told_force

_POINTERS = frozenset({"those", "these"})
# A demonstrative points further back than "the": "those soldiers" are the ones the article
# told of, even a few paragraphs of quotes and talks before.
_REACH = 6


def told_part_actor(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The country of the force last told of, for "N of those troops" with no owner."""
    if f.category != "troop" or _POINTERS.isdisjoint(s.words):
        return None  # most figures: a cheap test
    at = f.num_end
    if at + 2 >= s.end or s.lowers[at] != "of" or s.lowers[at + 1] not in _POINTERS:
        return None
    if f.unit_end != at + 3 or s.lowers[at + 2] not in FORCE_NOUNS:
        return None  # "of those North Korean soldiers": the owner is named in place
    return last_told_force(s, mentions, _REACH)
