"""A claim the sentence opens with a bare "Earlier" or "Previously" before its source: "Earlier
the ministry claimed that about 9,000 had arrived". The adverb puts the claim before the news
as "Earlier, ..." with a comma does (`modality._BACKGROUND_OPENINGS`); only a source named
at once and a reporting verb soon after count, so "Earlier this week, ...", "Earlier on
Monday ..." and "Earlier today ..." (a date that may be the news's own) stay with the date
rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import REPORT_VERBS

_OPENERS = frozenset({"earlier", "previously"})
# The words a date after the adverb opens with: those leave the sentence to the date rules.
_DATED = frozenset({"this", "that", "on", "in", "today", "tonight", "yesterday", "last", ","})
_VERB_REACH = 6  # "Earlier the US Department of Defense claimed"


def earlier_claim_opening(s: Sentence) -> bool:
    """Whether the sentence opens "Earlier <source> <reporting verb>" with no date between."""
    if s.lowers[s.start] not in _OPENERS or s.start + 2 >= s.end:
        return False  # nearly every sentence: one word test
    first = s.start + 1
    if s.lowers[first] in _DATED or first in s.date_at:
        return False
    return any(
        s.lowers[k] in REPORT_VERBS for k in range(first + 1, min(s.end, first + _VERB_REACH))
    )
