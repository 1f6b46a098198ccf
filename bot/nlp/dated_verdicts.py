"""A verdict noun whose "that" clause waits behind a date: "spread the fabrication on
November 4, that 5,000 troops were sent", "floated a lie on Monday that ...". The date says
when the lie was told, not what it was, so the clause after it is still the lie's content.
Only a date may stand between: "the lie on the front page that ..." names no content of the
noun's (the "that" may be a relative clause on the page), so it is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import MONTHS, WEEKDAYS

_PREPOSITIONS = frozenset({"on", "in"})
_DATE_OPENERS = MONTHS | WEEKDAYS
# "November 4, Juche 114 (2025),": what a date is made of in wire copy. Any other word
# ends the date, and with it the reading.
_DATE_PUNCT = frozenset({",", "(", ")", "-", "–"})
_MAX_DATE = 10


def opens_dated_content(s: Sentence, k: int) -> bool:
    """Whether the verdict noun at k is followed by "on <date> (,) that"."""
    j = k + 1
    if j + 2 >= s.end or s.lowers[j] not in _PREPOSITIONS:
        return False
    j += 1
    if s.lowers[j] not in _DATE_OPENERS:
        return False
    stop = min(s.end, j + _MAX_DATE)
    for i in range(j + 1, stop):
        word = s.lowers[i]
        if word == "that":
            return True
        text = s.texts[i]
        # Digits, punctuation, month names and a calendar's capitalised name ("Juche").
        if not (
            text[:1].isdigit() or word in _DATE_PUNCT or word in _DATE_OPENERS or text.istitle()
        ):
            return False
    return False
