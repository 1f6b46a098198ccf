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


# "Russia withdrew from the treaty, and NATO allies responded by suspending it": two steps,
# each told of its own subject. The joiners that open such a second clause.
_JOINERS = frozenset({"and", "while", "but"})
_VERB_REACH = 4  # "NATO allies responded", "Iran's parliament ratified"


def joined_step_bounds(
    s: Sentence, cue: int, first: int, last: int, stage_words: frozenset[str]
) -> tuple[int, int]:
    """The step's clause [first, last) narrowed to its own side of a ", and <state> <verb>"
    join when the other side tells a step of its own: "Russia withdrew from the pact, and
    NATO suspended it" gives each step one party. A list ("with Iran, Syria, and Venezuela")
    has no verb after its last name and joins nothing; a join with no step on the other side
    ("..., and Minsk said ...") leaves the clause as it is."""
    lowers = s.lowers
    if "," not in s.words or _JOINERS.isdisjoint(s.words):
        return first, last  # nearly every sentence: one scan in C
    for k in range(first, min(last, s.end) - 2):
        if lowers[k] != "," or lowers[k + 1] not in _JOINERS:
            continue
        subject = k + 3 if lowers[k + 2] == "the" else k + 2
        found = s.mention_at.get(subject)
        if found is None or found.start != subject or not _verb_after(s, found.end, last):
            continue
        if cue < k:
            other = lowers[k + 2 : last]
            return (first, k) if not stage_words.isdisjoint(other) else (first, last)
        if cue >= found.end and not stage_words.isdisjoint(lowers[first:k]):
            first = k + 2
    return first, last


def _verb_after(s: Sentence, start: int, last: int) -> bool:
    for j in range(start, min(last, start + _VERB_REACH)):
        word = s.lowers[j]
        if word in {",", ";", ":"}:
            return False
        if word in _VERBS or (word.endswith("ed") and word.isalpha()):
            return True
    return False
