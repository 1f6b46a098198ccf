"""A bare number told as what is left of a force counted in the sentence before: "about
15,000 North Korean troops had been sent and around 4,700 had been killed or wounded.
Intelligence said this month that about 11,000 remained in the region." The writer counts
the soldiers (or their dead) once and then gives the staying rest as a number alone; the
staying verb right after it ("remained", "still remain", "stayed") says it counts the same
force. `remaining_counts` reads the force named in the same sentence; this reads the one the
last figure counted, when that figure sits in the sentence just before and counts soldiers
or the dead among them, and soldiers were named in words before. The rest belongs to the
side the last figure belongs to: those who stay are the living part of that force."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.demonym_forces import soldiers_told_before
from bot.nlp.lexicon import REPORT_VERBS

# What may stand just before the number when it opens its clause as the subject:
# "said (that) about 11,000 remained", "..., and 9,000 stay on".
_OPENERS = frozenset({"that", ",", "and", "but", "while", ":", "with"})
# A count of soldiers, or of the dead and wounded among them, lends its force.
_FORCE_MEASURES = frozenset({"troop", "casualty"})


def carried_rest(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The troop figure of a bare number at `n` that a staying verb follows, when the
    sentence before counted the force it is the rest of; else None."""
    if previous is None or previous.value is None or previous.measure not in _FORCE_MEASURES:
        return None
    if previous.actor is None:
        return None  # no side to carry: "about 4,700 people were hurt" counts no force
    span = s.previous_span()
    if span is None or s.tokens.span_text(*span).strip() != previous.sentence:
        return None  # only the sentence just before: further back the subject may change
    head = s.lowers[n.start - 1] if n.start > s.start else "."
    if not (n.start == s.start or head in _OPENERS or head in REPORT_VERBS):
        return None  # "the city's 11,000 remained": the number modifies something else
    if not soldiers_told_before(s):
        return None  # "4,700 were hurt. 11,000 remained without power": no soldiers named
    figure = figure_like(n, ("troop", "troop"), "troops")
    return figure, previous.actor
