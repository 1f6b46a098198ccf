"""A numbered formation with no owner named: "The 11th Corps has more than 40,000 soldiers",
said of a deployment whose troops the article has already counted as one side's ("about
3,000 North Korean soldiers had been moved to Russia"). A writer names a unit by its number
alone only once the reader knows whose army is meant, so its troops are that side's.

Only when every troop count told before with an owner names the same side: in a story of two
armies the unit may be either's, and the figure keeps no owner.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity

# "The 11th Corps", "the 3rd Separate Assault Brigade", "The 20th Mechanised Brigade": the
# sentence's subject, after any opening quote.
_FORMATION = re.compile(
    r"""[\s"“‘']*(?i:the)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}
        (?:Corps|Division|Brigade|Regiment|Battalion|Army|Fleet)\b""",
    re.VERBOSE,
)


def formation_owners(quantities: list[Quantity]) -> list[Quantity]:
    """Troop counts of an unowned numbered formation given the one side whose troops the
    document counted before them."""
    sides: set[str] = set()
    out = list(quantities)
    for k in sorted(range(len(out)), key=lambda k: out[k].start):  # in the order told
        q = out[k]
        if q.category != "troop":
            continue
        if q.actor is not None:
            sides.add(q.actor)
        elif len(sides) == 1 and _FORMATION.match(q.sentence):
            out[k] = replace(q, actor=next(iter(sides)))
    return out
