"""A page's key-points box ("What to know", "Key points") lists the story's figures as
bullets before the body tells them again with their sources: "- The Pentagon estimates about
11,000 troops are in the region." Like a headline, a bullet restating a figure the body
tells is the same fact; the body's telling, with its full attribution, is the one kept."""

from __future__ import annotations

from bot.models import Claimant, Quantity
from bot.nlp.bracketed_sources import other_sources

_BULLETS = ("- ", "• ", "* ", "– ")


def drop_bulleted_restatements(quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without the bullet lines' figures that a later non-bullet line repeats."""
    bulleted = [q.sentence.startswith(_BULLETS) for q in quantities]
    if not any(bulleted):
        return quantities  # nearly every text: no bullet lines
    body_after: dict[tuple[float | None, float | None, str], list[Claimant | None]] = {}
    keep = [True] * len(quantities)
    for k in range(len(quantities) - 1, -1, -1):
        q = quantities[k]
        key = (q.value, q.value_max, q.measure)
        if bulleted[k]:
            later = body_after.get(key, [])
            # A bullet naming its own source, told later by another: two estimates.
            keep[k] = q.value is None or all(other_sources(q, c) for c in later)
        else:
            body_after.setdefault(key, []).append(q.claimant)
    return [q for q, kept in zip(quantities, keep, strict=True) if kept]
