"""A one-word verdict in quotes that closes a reported claim mid-sentence: 'Karasin called
reports that 11,000 soldiers were fighting in Kursk "propaganda" and said he had seen no
evidence'. The calling verb's object is a whole "that" clause, so the verdict sits far past
the verb, and a second clause may follow it; `untrue_verdicts._called_untrue` stops at
"that", and `dismissals._closing_verdict` wants the verdict to end the sentence. The quotes
round the single word mark it as the speaker's label for the claim, not the claim's own
wording ("the 'propaganda' units", a verdict word inside the reported clause, carries no
clause break after it)."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.refused_reports import REPORT_NOUNS

# The claim noun opens the object: "reports", "Western media reports", "the claims".
_NOUNS = REPORT_NOUNS | frozenset({"report", "claim", "allegation", "assertion"})
_NOUN_REACH = 4  # "the latest Western reports"
_CLAUSE_REACH = 40  # the reported clause may run long
# What may follow the closing quote: the sentence's end or the join to a next clause.
_AFTER = frozenset({"and", "but", ",", ";", ".", "while"})


def quoted_verdict(s: Sentence, verb: int, untrue: frozenset[str]) -> bool:
    """Whether the calling verb at `verb` has a claim-noun object with a "that" clause closed
    by a quoted untrue word, followed by a clause break or the sentence's end."""
    noun = next(
        (j for j in range(verb + 1, min(s.end, verb + 1 + _NOUN_REACH)) if s.lowers[j] in _NOUNS),
        None,
    )
    if noun is None:
        return False
    that = next(
        (j for j in range(noun + 1, min(s.end, noun + 1 + _CLAUSE_REACH)) if s.lowers[j] == "that"),
        None,
    )
    if that is None:
        return False
    for j in range(that + 2, min(s.end - 1, that + _CLAUSE_REACH)):
        if s.lowers[j] not in untrue:
            continue
        if s.lowers[j - 1] not in QUOTES or s.lowers[j + 1] not in QUOTES:
            continue
        return j + 2 >= s.end or s.lowers[j + 2] in _AFTER
    return False
