"""A source's older estimate set beside its new one: "about 2,000 killed, up from its previous
estimate of 600", "more than three times its April estimate of 600". The bare number counts
what the new figure counts, for the same side, and as an estimate the source has replaced it
is history, not news.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.bare_numbers import Implied, bare_number_at, same_as
from bot.nlp.context import Sentence
from bot.nlp.lexicon import MONTHS

_ESTIMATES = frozenset({"estimate", "figure", "tally", "count", "assessment"})
_EARLIER = frozenset({"previous", "earlier", "prior", "initial", "first", "old", "last",
                      "original", *MONTHS})  # fmt: skip


# "up from its estimate of 3,000 a week earlier": with no word saying "earlier" before the
# noun, the change the new figure made from it says so; "its estimate of 3,000" alone may be
# the source's new one.
_OWNERS = frozenset({"its", "their", "the", "his", "her"})
_CHANGED = frozenset({"up", "down", "rise", "rose", "jump", "increase", "drop", "fall", "fell"})


def _older(lowers: list[str], start: int, q_start: int) -> bool:
    """Whether the words before the figure starting at `q_start` read "<earlier> estimate of"
    or "up from its estimate of"."""
    if q_start - 3 < start or lowers[q_start - 1] != "of" or lowers[q_start - 2] not in _ESTIMATES:
        return False
    if lowers[q_start - 3] in _EARLIER:
        return True
    return (
        q_start - 5 >= start and lowers[q_start - 3] in _OWNERS
        and lowers[q_start - 4] == "from" and lowers[q_start - 5] in _CHANGED
    )  # fmt: skip


def earlier_estimate(s: Sentence, i: int, previous: Quantity | None) -> Implied | None:
    if previous is None or previous.value is None or previous.sentence != s.text:
        return None  # the new figure is told in the same sentence
    n = bare_number_at(s, i)
    if n is None or not _older(s.lowers, s.start, n.start):
        return None
    return same_as(n, previous), previous.actor


def older_as_history(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """The sentence's older estimates made background."""
    if _ESTIMATES.isdisjoint(s.words):
        return quantities  # most sentences: no estimate noun
    text = s.tokens.text
    out = []
    for q in quantities:
        lead = text[max(0, q.start - 40) : q.start].lower().split()
        # A qualifier is inside the figure's span, so "of" ends the lead.
        older = len(lead) >= 3 and _older(lead, 0, len(lead))
        out.append(replace(q, modality=Modality.BACKGROUND) if older else q)
    return out
