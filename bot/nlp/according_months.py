"""A figure whose source is dated to a month at the end of its line: "420,000 - troops in
the south, according to the Defence Minister, in April." The closing ", in April" dates the
telling, not the troops, as "said in April" would: the figure is that month's estimate, so
background, like a claim told in a named month in prose.

Only a figure before the "according to" and a month (with a year at most) that ends the
sentence after a comma; "killed in April, according to X" dates the count itself and is left
to the rules for dated figures."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Modality, Quantity

_DATED = re.compile(
    r"\baccording to\b[^.;]*,\s+in\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?:\s+(?:19|20)\d{2})?\.?\s*$"
)


def according_months(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with the news figures sourced "according to X, in <month>" made
    background."""
    if not any("according to" in q.sentence for q in quantities):
        return quantities  # most texts
    out: list[Quantity] = []
    for q in quantities:
        first = text.find(q.sentence, max(0, q.start - len(q.sentence)))
        found = None if first < 0 else _DATED.search(q.sentence)
        if (
            found is not None
            and first + found.start() >= q.end
            and q.modality is Modality.REPORTED
            and not q.whole_force
        ):
            q = replace(q, modality=Modality.BACKGROUND)
        out.append(q)
    return out
