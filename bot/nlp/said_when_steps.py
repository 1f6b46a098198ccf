"""A step told as the time of a past saying: "Peskov said when the agreement was signed that
Moscow would respond", "Kim warned when the pact was ratified that ...". The "when" clause
dates the saying, which the past tense puts before the news; the step in it is the treaty's
history, not news, however bare of dates it is.

Only a "when" right after a past verb of saying counts: "Parliament will decide when the
agreement is signed" plans nothing past, and "The deal was signed when Putin visited" has
no saying before its "when"."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

_SAID = frozenset(
    {"said", "warned", "stated", "declared", "noted", "remarked", "told", "wrote", "added",
     "argued", "insisted", "promised", "vowed"}
)  # fmt: skip
# Where the "when" clause ends: the "that" of what was said, or a break.
_CLAUSE_ENDS = frozenset({"that", ",", ";", ".", ":"})
_REACH = 12


def said_when_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with the reported steps inside a "said when ..." clause made background."""
    if not found or "when" not in s.words:
        return found  # nearly every sentence: one set test
    spans: list[tuple[int, int]] = []
    for k in range(s.start + 1, s.end - 1):
        if s.lowers[k] != "when" or s.lowers[k - 1] not in _SAID:
            continue
        last = next(
            (j for j in range(k + 1, min(s.end, k + _REACH)) if s.lowers[j] in _CLAUSE_ENDS),
            None,
        )
        if last is not None:
            spans.append(s.char_span(k, last))
    if not spans:
        return found
    return [
        replace(e, modality=Modality.BACKGROUND)
        if e.modality is Modality.REPORTED and any(a <= e.start < b for a, b in spans) else e
        for e in found
    ]  # fmt: skip
