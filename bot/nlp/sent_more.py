""""N more" sent after a count of casualties: "more than 4,000 of them have been killed or
wounded. Reports suggest that Pyongyang could send up to 30,000 more." What is sent is
soldiers, not more of the dead and wounded counted last, so the bare number counts troops of
the same side.
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like

_SENDING = frozenset(
    {"send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed",
     "dispatch", "dispatches", "dispatching", "dispatched"}
)  # fmt: skip


def more_sent(lowers: list[str], n: BareNumber, previous: Quantity) -> Implied | None:
    """The troops of "could send up to 30,000 more" when the count before is a toll."""
    if previous.category != "casualty" or n.start == 0 or lowers[n.start - 1] not in _SENDING:
        return None
    return figure_like(n, ("troop", "troop"), "troops"), previous.actor
