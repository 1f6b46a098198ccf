"""A sentence whose claims two different sources share: "Pyongyang has sent 12 million shells,
according to South Korea's Joint Chiefs of Staff, along with some 250 missiles, Ukrainian
military intelligence estimates". Each source vouches for its own part; neither speaks for
the sentence as a whole, so an unattributed figure in the next sentence continues no one's
account (it is the writer's own summary)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Claimant


def split_sources(claimants: Sequence[Claimant]) -> bool:
    """Whether the claimants of a sentence's figures are two or more that share no entity."""
    if len(claimants) < 2:
        return False  # nearly every sentence: one figure or none
    first = claimants[0]
    return any(
        c.name.lower() != first.name.lower() and not set(c.entities) & set(first.entities)
        for c in claimants[1:]
    )
