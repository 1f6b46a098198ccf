"""The recipient of a two-object giving verb: "North Korea has sent Russia more than 20,000
containers" names Russia as the one given to, right before the count; the giver is the
subject further left."""

from __future__ import annotations

from bot.nlp.context import Sentence

_GIVING = frozenset(
    {"sent", "send", "sends", "sending", "gave", "give", "gives", "given", "giving", "sold",
     "sell", "sells", "selling", "shipped", "ship", "ships", "handed", "hand", "hands",
     "offered", "offer", "offers", "lent", "lend", "lends", "promised", "promise", "promises"}
)  # fmt: skip


def indirect_object(s: Sentence, verb: int, mention_end: int, figure_start: int) -> bool:
    """Whether the name ending at `mention_end`, right after the giving verb at `verb`, is
    the recipient of the count starting right after it."""
    return verb >= s.start and s.lowers[verb] in _GIVING and mention_end == figure_start
