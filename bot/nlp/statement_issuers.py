""""Kim Yo Jong, a vice director of the party, on Friday issued a press statement ... In the
statement, she dismissed ...": a named person or body that opens a sentence by issuing a
statement is whom the next sentence's "she" or "it" means, however long the apposition
between the name and the verb (which `opening_subject` stops at)."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.dateline_places import after_dateline

_STATEMENTS = frozenset({"statement", "communique", "communiqué", "address", "declaration"})
_ISSUING = frozenset({"issued", "released", "published", "delivered", "made", "gave"})
_SPEAKERS = frozenset({"person", "org"})


def statement_issuer(s: Sentence) -> Claimant | None:
    if not s.mentions or _STATEMENTS.isdisjoint(s.lowers[s.start : s.end]):
        return None  # nearly every sentence: one scan in C
    # "PYONGYANG, December 20 (Agency) -- Kim Yo Jong ...": the dateline's city is no subject.
    opening = after_dateline(s)
    first = next((m for m in s.mentions if m.start >= opening), None)
    if first is None or first.start != opening or first.kind not in _SPEAKERS:
        return None
    statement = next(k for k in range(first.end, s.end) if s.lowers[k] in _STATEMENTS)
    if _ISSUING.isdisjoint(s.lowers[first.end : statement]):
        return None
    return name_claimant(s, first.start, first.end)
