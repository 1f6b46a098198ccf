"""A count named as what preparations or plans are for is still to come: "had detected
preparations for 10,000 North Korean personnel to join the Russian army", "plans for 2,000
more engineers". The noun of preparing stands right before "for" and the figure; "spent
weeks on preparations, and 300 officers" names no figure it is for."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.trained_batches import trained_for_dispatch
from bot.nlp.unit_first_plans import future_after_unit

_PREPARING = frozenset(
    {"preparations", "preparation", "plans", "plan", "arrangements", "provision"}
)

_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def prepared_for(s: Sentence, f: Figure) -> bool:
    """The figure follows "preparations for", "plans for" (its qualifier included)."""
    k = f.start - 1
    if k - 1 < s.start or s.lowers[k] != "for":
        # "is training 2,000 troops for a second rotation", "the number of servicemen will
        # increase by 180,000": other counts still to come.
        return trained_for_dispatch(s, f) or future_after_unit(s, f)
    # "watched preparations for two months": a span of time is how long, not what for.
    return s.lowers[k - 1] in _PREPARING and f.measure not in _SPANS
