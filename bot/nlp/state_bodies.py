"""A possessive source whose body the gazetteer does not know still speaks for the country the
possessive points to: "Ukraine puts them higher. Its General Staff said ..." is Ukraine's
General Staff, and "Their defence ministry said" after a sentence about Poland is Poland's.
News names a state's own organs so (staff, ministry, army, government); any of them speaks for
its state. A body the words do not end on one of those heads ("Its biggest newspaper", "Its
critics") is no organ of the state and is left alone.
"""

from __future__ import annotations

from bot.models import Claimant

# The head nouns of a state's own organs.
_STATE_HEADS = frozenset(
    {"staff", "ministry", "military", "army", "navy", "government", "command", "forces",
     "cabinet", "presidency", "administration"}
)  # fmt: skip


def state_organ(country: str, claimant: Claimant, rest: list[str]) -> Claimant | None:
    """The claimant "<country>'s <rest>", speaking for `country`, when `rest` names one of its
    organs; None otherwise."""
    if not rest or rest[-1].lower() not in _STATE_HEADS:
        return None
    name = " ".join([f"{country}'s", *rest])
    return Claimant(name, (country,), denied=claimant.denied)
