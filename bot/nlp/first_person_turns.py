"""A figure a witness gives in their own labelled turn under "we" or "I" ("PRICE: Yes. We
assess that around 11,000 are in Russia") is the witness's. The claim rules leave a
first-person subject unnamed and lend it the source last speaking, which in a hearing is
often one the witness was just quoting ("Ukraine's own count is higher"); in a turn the
first person can only be the one whose label opens it.

A sentence that names its source before the figure ("We know Kyiv counts 11,000") keeps it,
and so does one whose first person is not its subject ("Our count ...")."""

from __future__ import annotations

from bot.models import Quantity

_FIRST_PERSON = frozenset({"we", "i"})
_SENTENCE_ENDS = (". ", "? ", "! ", ": ")


def first_person_figure(text: str, turn_start: int, q: Quantity) -> bool:
    """Whether `q`, told in the turn opening at `turn_start`, sits in a sentence whose subject
    is "we" or "I" and which names no other source before the figure."""
    start = max(text.rfind(end, turn_start, q.start) for end in _SENTENCE_ENDS)
    if start == -1:
        return False
    words = text[start + 2 : q.start].split()
    if not words or words[0].lower() not in _FIRST_PERSON:
        return False
    claimant = q.claimant
    return claimant is None or claimant.name not in text[start : q.start]
