"""A figure in a relative clause whose antecedent a past year dates is history: "the town was
devastated in 1993 by a tsunami that killed 198 people", "a fire in 2019 that destroyed 40
homes". The clause has no date of its own, but it tells what the dated thing did then. Only
a clause in the past tense ("that killed", "which had left"): "a pact signed in 2024 that
allows 5,000 troops" tells a provision still standing, and a comma or another clause between
the year and the pronoun cuts the tie (see `dated_wheres` for "in which")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure

_RELATIVES = frozenset({"that", "which"})
_PAST_IRREGULAR = frozenset(
    {"had", "left", "took", "hit", "cost", "saw", "sent", "lost", "made", "drove", "swept",
     "struck", "forced", "wounded"}
)  # fmt: skip
_REACH = 6  # tokens from the pronoun to the figure: "that killed at least 198"
_ANTECEDENT = 4  # tokens from the year to the pronoun: "by a huge tsunami"


def dated_relative(s: Sentence, f: Figure) -> bool:
    """Whether `f` sits in a past-tense "that/which" clause right after a past year."""
    if _RELATIVES.isdisjoint(s.words) or not s.dates:
        return False  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(f.start - 1, max(s.start, f.start - _REACH) - 1, -1):
        if not lowers[k].replace("-", "").isalpha():
            return False  # a comma or number between: not one clause
        if lowers[k] not in _RELATIVES:
            continue
        verb = lowers[k + 1] if k + 1 < f.start else ""
        if not (verb.endswith("ed") or verb in _PAST_IRREGULAR):
            return False
        return any(_dates_antecedent(s, d.start, d.end, d.past, k) for d in s.dates)
    return False


def _dates_antecedent(s: Sentence, start: int, end: int, past: bool, pronoun: int) -> bool:
    """Whether a past year ends at most `_ANTECEDENT` words before the pronoun, with only
    words (no comma, no other clause) between."""
    if not past or not is_year(s.lowers[end - 1]) or not 0 <= pronoun - end <= _ANTECEDENT:
        return False
    between = s.lowers[end:pronoun]
    return all(w.isalpha() and w not in _RELATIVES and w != "and" for w in between)
