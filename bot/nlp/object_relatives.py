"""Dates told after a step's object, inside a relative clause on it: "Thailand has suspended
the peace accord it signed with Cambodia in Kuala Lumpur last month". "last month" dates the
signing the clause recalls, not the suspension, which is the news; read as the suspension's
date it would make the news history. `relative_dates` handles the mirror case, a relative
clause on the subject before the verb."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.participle_signings import signed_in_contact_relative

_SIGNED = frozenset({"signed"})
# A comma or a joining word closes the relative clause: a date past it is the main clause's.
_CLOSERS = frozenset({",", ";", ":", "and", "but", "--", "—"})
_REACH = 16  # tokens from the stage word to the relative clause's date


def object_relative_date(s: Sentence, verb_end: int, date: DateSpan) -> bool:
    """Whether `date`, after the stage word ending at `verb_end`, is told inside a relative
    clause ("the accord it signed ... last month") on the step's treaty noun."""
    if _SIGNED.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    if date.start <= verb_end or date.start - verb_end > _REACH:
        return False
    lowers = s.lowers
    for k in range(date.start - 1, verb_end, -1):
        word = lowers[k]
        if word in _CLOSERS:
            return False  # the date stands past the clause
        if word in _SIGNED:
            # "the accord it signed ...": "that"/"which" clauses are `relative_dates`' and
            # the scope rules' already
            return signed_in_contact_relative(s, k)
    return False
