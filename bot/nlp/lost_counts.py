"""A bare number after "lost" that closes its clause, in a sentence that has just counted
casualties: "Kyiv says 40,000 of its attackers were killed, while Moscow claims its enemy
has lost over 60,000." The noun is left out because the sentence named it already, so the
number counts casualties too; they are the losses of the side that "lost" them, which is
the clause's subject, not the side whose dead were counted first."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import QUOTES, Sentence

_LOST = frozenset({"lost"})
_AUXILIARIES = frozenset({"has", "have", "had"})
# What may close the clause right after the number: its noun is not written anywhere after it.
_CLOSERS = frozenset({".", ",", ";", "!", *QUOTES})
_SAME_PERIOD = [[p, "the", "same"] for p in ("in", "over", "during")]


def lost_count(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """The casualty figure of "X has lost (over) N." after a casualty count in the same
    sentence, with the side of X (or None when the subject names no side)."""
    if "lost" not in s.words:
        return None  # nearly every sentence: one set test
    verb = n.start - 1
    if verb <= s.start or s.lowers[verb] not in _LOST:
        return None
    # "lost more than 40,000 in the same month": the period is the one the count before
    # covered, so the number restates that count for the other side even across a sentence.
    parallel = s.lowers[n.end : n.end + 3] in _SAME_PERIOD
    if n.end < s.end and s.lowers[n.end] not in _CLOSERS and not parallel:
        return None  # "lost 1.5 million subscribers", "lost 30 in the attack"
    if previous.category != "casualty" or (previous.sentence != s.text and not parallel):
        return None
    subject = verb - 1 if s.lowers[verb - 1] in _AUXILIARIES else verb
    found = s.mention_at.get(subject - 1)
    side = None
    if found is not None and found.end == subject:
        side = s.gazetteer.actor_of(found.entity)
    return figure_like(n, ("casualty", "casualty"), "casualty"), side
