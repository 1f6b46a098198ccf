"""Counts of bodies handed back, where "the bodies of N people" reads like a death toll:

- "Kyiv received the bodies of 900 soldiers from Moscow", "handed over the bodies of more
  than 2,000 fallen servicemen": a repatriation counts bodies returned, not new casualties;
  the figure's measure is "body", the same as "handed over 900 bodies".
- "confirmed the deaths of 400 soldiers" or "the bodies of 40 villagers were found" stay
  casualties: only a verb of handing over or receiving before "the bodies of" makes the
  count a transfer.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_BODIES = frozenset({"bodies", "remains"})
# Verbs of a transfer, seen just before "the bodies of".
_TRANSFER = frozenset(
    {"received", "receive", "receives", "receiving", "returned", "return", "returns",
     "returning", "repatriated", "repatriate", "repatriates", "repatriating", "over",
     "exchanged", "exchange", "swapped", "transferred", "transfer", "handed", "sent"}
)  # fmt: skip
_QUALIFIER_REACH = 3  # "the bodies of more than 11,000": words between "of" and the digits


def handed_bodies(s: Sentence, f: Figure) -> bool:
    """"handed over the bodies of 1,000 fallen soldiers": a transfer of bodies."""
    if "bodies" not in s.words and "remains" not in s.words:
        return False  # cheap gate: most sentences name no bodies at all
    of = next(
        (j for j in range(f.start - 1, max(s.start, f.start - 1 - _QUALIFIER_REACH) - 1, -1)
         if s.lowers[j] == "of"),
        None,
    )  # fmt: skip
    if of is None or of - 2 < s.start or s.lowers[of - 1] not in _BODIES:
        return False
    k = of - 2
    if s.lowers[k] == "the":
        k -= 1
    return k >= s.start and s.lowers[k] in _TRANSFER
