"""A figure a question only supposes: "If Moscow sent 20,000 more troops, would NATO act?",
"Hypothetically, if Minsk were to send 5,000 soldiers, what then?". The reporter asks what
would follow from a number nobody has claimed; the "if" clause of a question sets no figure
down as happened, planned or estimated, so it is no figure at all.

A conditional outside a question ("If talks fail, 5,000 more troops will go") and a
question's figures outside its "if" clause ("Is it true that 3,000 were killed?", "If so,
were 3,000 killed?") are left to the other rules."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence

# "if so", "if not", "if true", "if confirmed": the "if" points back at a claim already
# told and asked about, which the question's main clause then puts.
_BACK = frozenset({"so", "not", "true", "confirmed", "correct", "accurate"})


def asked_hypotheticals(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures, less those inside the "if" clause of a question."""
    if not found or "if" not in s.words or "?" not in s.lowers[s.end - 3 : s.end]:
        return found  # nearly every sentence: a set test
    supposed: list[tuple[int, int]] = []
    for k in range(s.start, s.end - 1):
        if s.lowers[k] != "if" or s.lowers[k + 1] in _BACK:
            continue
        # The condition runs to the comma that hands over to the question proper.
        close = next((j for j in range(k + 1, s.end) if s.lowers[j] == ","), s.end)
        supposed.append(s.char_span(k, close))
    return [q for q in found if not any(a <= q.start < b for a, b in supposed)]
