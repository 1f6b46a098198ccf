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
from bot.nlp.possessive_losses import OPENERS, force_side, loss_marker

_CUES = frozenset({"'s"})
# A definite force noun that stands for a force already named: "the contingent's".
_FORCE_NOUNS = frozenset({"contingent", "force", "deployment", "units", "troops", "grouping"})


def force_noun_loss_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The ownerless casualty counts of a reported "that the contingent's losses ..." clause,
    given to the one country whose force the sentence named before it."""

    def side_at(number: int, _: Quantity) -> str | None:
        noun = _force_noun_at(s, number)
        return None if noun is None else force_side(s, noun)

    return own_casualties(s, found, _CUES, side_at)


def _force_noun_at(s: Sentence, number: int) -> int | None:
    """The token of "the <force noun>" in "that the contingent's losses" before `number`."""
    p = loss_marker(s, number, s.start + 3, "'s".__eq__)
    if p is None:
        return None
    named = s.lowers[p - 1] in _FORCE_NOUNS and s.lowers[p - 2] == "the"
    return p - 2 if named and s.lowers[p - 3] in OPENERS else None
