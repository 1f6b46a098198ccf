"""Dates that belong to a relative clause on the treaty noun, not to the verb after it.

"The pact that Putin and Kim signed in Pyongyang in June entered into force on Wednesday":
with no comma to close it, the relative clause sits inside the main clause, and "in June" is
the nearest date before "entered". It dates the signing the clause describes; the entry into
force is Wednesday's news. A date is the relative clause's own when the clause opens with
"that"/"which" right after a treaty noun (or with no opener: "the pact Kim signed in June"),
a past-tense verb follows, and the date closes the clause right before the main verb."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.participle_signings import signed_in_contact_relative
from bot.nlp.treaty_words import TREATY_NOUNS

_OPENERS = frozenset({"that", "which"})
# "... in June entered into force": at most the main verb's first word between the closing
# date and the stage cue ("entered" before the cue "into force").
_GAP = 1
_REACH = 12  # tokens from the treaty noun to the relative clause's date


def relative_clause_date(s: Sentence, first: int, verb: int, date: DateSpan) -> bool:
    """Whether `date`, before the stage word at `verb` in a clause starting at `first`, is
    told inside a relative clause on the treaty noun that ends right before the verb."""
    if date.end > verb or verb - date.end > _GAP:
        return False  # most dates: after the verb, or far from it
    if any(not s.lowers[k].isalpha() for k in range(date.end, verb)):
        return False  # ", and ...": a joined clause, not the main verb right after
    # The clause may start just past the opener ("that" splits clauses): look one back.
    opened = max(s.start + 1, first - 1, date.start - _REACH)
    for k in range(date.start - 1, opened - 1, -1):
        if s.lowers[k] in _OPENERS:
            # "the pact that Putin and Kim signed in June": a past verb after the opener
            told = any(s.lowers[j].endswith("ed") for j in range(k + 1, date.start))
            return told and s.lowers[k - 1] in TREATY_NOUNS
        if s.lowers[k] == "signed" and signed_in_contact_relative(s, k):
            return True  # "the pact Kim signed in June took effect": no opener
    return False
