""""Kim Yo Jong, a vice director of the party, on Friday issued a press statement ... In the
statement, she dismissed ...": a named person or body that opens a sentence by issuing a
statement is whom the next sentence's "she" or "it" means, however long the apposition
between the name and the verb (which `opening_subject` stops at)."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.dateline_places import after_dateline
from bot.nlp.fronted_issuers import main_clause_opening, states_body

_STATEMENTS = frozenset(
    {"statement", "communique", "communiqué", "address", "declaration", "bulletin"}
)
_ISSUING = frozenset({"issued", "released", "published", "delivered", "made", "gave"})
_SPEAKERS = frozenset({"person", "org"})


def statement_issuer(s: Sentence) -> Claimant | None:
    if not s.mentions or _STATEMENTS.isdisjoint(s.words):
        return None  # nearly every sentence: one scan in C
    # "PYONGYANG, December 20 (Agency) -- Kim Yo Jong ...": the dateline's city is no subject.
    opening = after_dateline(s)
    first = next((m for m in s.mentions if m.start >= opening), None)
    if first is not None and first.start != opening:
        # "On the morning the war began, Ukraine's General Staff published ...".
        opening = main_clause_opening(s) or opening
        first = next((m for m in s.mentions if m.start >= opening), None)
    if first is None or first.start != opening:
        return None
    body = first.kind not in _SPEAKERS and states_body(s, first)
    if first.kind not in _SPEAKERS and not body:
        return None
    # "In the same bulletin, KCNA attacked ...": the statement word may come before the
    # subject, where it names no statement the subject issues.
    statement = next((k for k in range(first.end, s.end) if s.lowers[k] in _STATEMENTS), None)
    if statement is None:
        return None
    verb = next((k for k in range(first.end, statement) if s.lowers[k] in _ISSUING), None)
    if verb is None:
        return None
    return name_claimant(s, first.start, verb if body else first.end)
