""" "Pyongyang has so far shipped some 3,000 men": men a state sends, ships or deploys are
soldiers, whatever plain noun the writer chose; "3,000 men queued for bread" stay men."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SENDING = frozenset(
    {"send", "sends", "sending", "sent", "ship", "ships", "shipping", "shipped", "deploy",
     "deploys", "deploying", "deployed", "dispatch", "dispatches", "dispatching", "dispatched",
     "transferred", "mobilised", "mobilized"}
)  # fmt: skip


def men_sent(s: Sentence, f: Figure) -> bool:
    """Whether a count of men is the object of a verb of sending troops."""
    return f.measure == "man" and f.start > s.start and s.lowers[f.start - 1] in _SENDING
