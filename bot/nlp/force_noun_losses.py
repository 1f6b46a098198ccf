"""A toll given to "the contingent's losses" in a reported clause after the force is named:
"North Korean units have returned to combat, HUR said, adding that the contingent's losses
had passed 4,000 killed and wounded". Like "its losses" (possessive_losses.py), "the
contingent's" points back at the force the sentence named, here with a force noun instead of a
pronoun; the owner is that force's country, when the sentence names only one side's force
before it. "the agency's losses" (no force noun) and a force noun with a country of its own
("the Russian contingent's losses", read by the mention rules) are left alone.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.casualty_owners import own_casualties
from bot.nlp.context import Sentence
from bot.nlp.possessive_losses import force_side

_CUES = frozenset({"'s"})
_LOSS_NOUNS = frozenset({"losses", "casualties", "dead", "toll"})
# A definite force noun that stands for a force already named: "the contingent's".
_FORCE_NOUNS = frozenset({"contingent", "force", "deployment", "units", "troops", "grouping"})
_OPENERS = frozenset({"that", "and"})  # "adding that the contingent's losses"
_NOUN_REACH = 3  # "'s losses", "'s combined losses"
_NUMBER_REACH = 8  # "the contingent's losses in Kursk had passed" before the number


def force_noun_loss_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The ownerless casualty counts of a reported "that the contingent's losses ..." clause,
    given to the one country whose force the sentence named before it."""

    def side_at(number: int, _: Quantity) -> str | None:
        noun = _force_noun_at(s, number)
        return None if noun is None else force_side(s, noun)

    return own_casualties(s, found, _CUES, side_at)


def _force_noun_at(s: Sentence, number: int) -> int | None:
    """The token of "the <force noun>" in "that the contingent's losses" before `number`."""
    for p in range(number - 1, max(s.start + 3, number - _NUMBER_REACH) - 1, -1):
        word = s.lowers[p]
        if word in (",", ";", ":") or p in s.mention_at:
            return None  # another clause, or a name of its own
        if word != "'s":
            continue
        named = s.lowers[p - 1] in _FORCE_NOUNS and s.lowers[p - 2] == "the"
        opened = s.lowers[p - 3] in _OPENERS
        nouns = s.lowers[p + 1 : min(number, p + 1 + _NOUN_REACH)]
        owned = not _LOSS_NOUNS.isdisjoint(nouns) and "of" not in nouns
        return p - 2 if named and opened and owned else None
    return None
