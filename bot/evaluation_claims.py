"""Who claims a gold fact: a gold "by" names one source ("NIS"), or, for a claim several
states make jointly ("Seoul and Washington say ..."), a list of them (["South Korea",
"United States"]). A joint claim is a claim of each listed state, so the gold claimant
stands for all of them, and an extracted claimant matches when it names every one."""

from __future__ import annotations

from typing import Any

from bot.models import Claimant
from bot.nlp.gazetteer import Gazetteer


def _names(who: str | list[str]) -> list[str]:
    return [who] if isinstance(who, str) else list(who)


def claimed_by(g: dict[str, Any], claimant: Claimant | None) -> bool:
    """Whether `claimant` is the gold fact's claimant: each name in its "by" is among the
    claimant's entities or in its name, and both deny or neither does."""
    who = g.get("by")
    if who is None:
        return claimant is None
    if claimant is None or claimant.denied != bool(g.get("denied", False)):
        return False
    name = claimant.name.lower()
    return all(n in claimant.entities or n.lower() in name for n in _names(who))


def gold_claimant(g: dict[str, Any], gazetteer: Gazetteer) -> Claimant | None:
    """The gold fact's claimant as the extractor would give it, for deriving gold alerts."""
    who = g.get("by")
    if who is None:
        return None
    names = _names(who)
    entities = tuple(n for n in names if gazetteer.get(n) is not None)
    denied = bool(g.get("denied", False))
    return Claimant(name=" and ".join(names), entities=entities, denied=denied)
