"""What a report just out finds is the news, though it counts the past: in "In its first
report, released Thursday, the monitors said Pyongyang had sent 11,000 troops in 2024" the
report, not 2024, is what the article tells. A sentence that opens by naming the report ("In
its report", "In the annual white paper") gives its findings as reported, unless the
opener dates the report itself to the past ("In its 2022 report", "In last year's report")."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure
from bot.nlp.fronted_publications import fronted_publication

_IN = frozenset({"in"})
_DETERMINERS = frozenset({"its", "the", "their", "a", "his", "her", "this"})
_REPORTS = frozenset(
    {"report", "paper", "assessment", "findings", "study", "review", "estimate"}
)  # fmt: skip
_PAST = frozenset({"last", "previous", "earlier", "prior", "former", "past", "old", "year's"})
_NOUN_REACH = 4  # "In its first annual report"


def fresh_report(s: Sentence, f: Figure) -> bool:
    """Whether the sentence opens by naming a report not dated to the past, and the figure
    comes after that opener."""
    if s.lowers[s.start] not in _IN or _REPORTS.isdisjoint(s.words):
        return False  # nearly every sentence: a token and a set test
    if s.start + 1 >= s.end or s.lowers[s.start + 1] not in _DETERMINERS:
        return False
    noun = next((k for k in range(s.start + 2, min(s.end, s.start + 2 + _NOUN_REACH))
                 if s.lowers[k] in _REPORTS), None)  # fmt: skip
    if noun is None or not _PAST.isdisjoint(s.lowers[s.start : noun]):
        return False
    if fronted_publication(s, s.start):
        return False  # "In its white paper in July, ...": the report is that month's
    # "In its report, released in 2023, ...", "... said that last year Pyongyang sent": a
    # past date before the figure dates the report or the finding itself.
    before = s.lowers[s.start : f.start]
    return "," in s.lowers[noun : f.start] and not any(is_year(w) or w in _PAST for w in before)
