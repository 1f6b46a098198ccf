"""Where a step's clause ends when a second clause with its own subject is joined by ", and":
"Kim signed a decree yesterday ratifying the pact, and Putin signed the law last week". The
clause breaks the rules know ("that", "which", ";") leave both halves one clause, so the
second half's date ("last week") would date the first step too. A new subject (a capitalised
name) with its own verb after ", and" starts a clause of its own.

A list ("with Iran, Syria, and Venezuela in 2019") has no verb after its last name and joins
nothing: the date after it still belongs to the step."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Verbs a joined clause about treaty steps and claims opens with after its subject.
_VERBS = frozenset(
    {"signed", "ratified", "approved", "passed", "voted", "backed", "endorsed", "adopted",
     "said", "says", "announced", "suspended", "withdrew", "has", "have", "had", "did",
     "will", "would", "is", "was", "followed"}
)  # fmt: skip
_SUBJECT_REACH = 4  # "the Russian parliament passed", "President Vladimir Putin signed"
_LEAD_INS = frozenset({"the", "president", "russian", "its", "his", "her", "their"})


def own_clause_end(s: Sentence, cue: int, last: int) -> int:
    """The end of the step's clause at token `cue`: `last`, or the ", and" before a joined
    clause with a subject and a verb of its own."""
    lowers, texts = s.lowers, s.texts
    for k in range(cue + 1, min(last, s.end) - 2):
        if lowers[k] != "," or lowers[k + 1] != "and":
            continue
        subject = k + 2
        if not (texts[subject][:1].isupper() or lowers[subject] in _LEAD_INS):
            continue
        for j in range(subject + 1, min(last, subject + _SUBJECT_REACH + 1)):
            if lowers[j] in _VERBS:
                return k
    return last
