"""A signing told as a description of the treaty is its history ("The pact, signed in
Pyongyang on June 19, commits ..."), unless the day it names is a weekday: "The treaty,
signed with Zelensky on Thursday, covers defence and trade" describes the signing the
article reports. A weekday places the act within the dateline's week, which is news. Only
for the words that always name a treaty: "The deal, signed on Friday, is worth 9 trillion
won" is as often a company's contract."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.lexicon import WEEKDAYS
from bot.nlp.treaty_words import NEEDS_STATES, TREATY_NOUNS

_THIS_WEEK = WEEKDAYS | {"today", "yesterday"}
_TREATIES = TREATY_NOUNS - NEEDS_STATES  # "treaty", "pact", "accord", "armistice"


def signed_this_week(s: Sentence, dates: list[DateSpan], trigger: int) -> bool:
    """Whether the nearest date of a descriptive signing's clause is a day of this week and
    the thing signed is named as a treaty."""
    if not dates or s.lowers[trigger] not in _TREATIES:
        return False
    date = dates[0]
    # "on Thursday", not "on Thursday, June 19" (a full date keeps its own tense).
    return date.end - date.start == 1 and s.lowers[date.start] in _THIS_WEEK and not date.past
