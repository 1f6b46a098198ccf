"""A figure told in the "that" clause of a report noun dated before the news.

"... when asked about South Korea's intelligence report last week that Pyongyang had moved some
1,500 troops to Russia", "citing the ministry's assessment earlier this month that 3,000 had
arrived": the noun names an earlier report and its date puts that report in the past, so the
figure is that report's background, not the news, and it is the report's owner's figure (the
possessor before the noun), not the word of whoever speaks in the sentence's main clause.

Only a past-briefing date right after the noun counts ("report last week that"), or right
after the noun's "by" agent ("a report by South Korea's spy agency last month that", whose
agent by_sources.py makes the claimant); "a report on Monday that ..." is the news and is left
alone, as is a report noun with no "that" clause.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.recent_briefings import current_figure, recent_date

_REPORT_NOUNS = frozenset(
    {"report", "reports", "assessment", "estimate", "estimates", "claim", "claims",
     "statement", "announcement", "finding", "findings", "briefing"}
)  # fmt: skip
# "last week", "earlier this month", "previous day": dates that put a briefing before the news.
_PAST_BRIEFINGS = frozenset({"last", "earlier", "previous"})
# "South Korea's intelligence report": modifiers between the possessor and the noun.
_MODIFIER_REACH = 3


def dated_report_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures, those in a past-dated report noun's "that" clause made background and
    given the report's owner as their claimant when one is named."""
    words = s.words
    if not found or "that" not in words or _REPORT_NOUNS.isdisjoint(words):
        return found  # nearly every sentence: two set tests
    # Not `s.positions`: "assessment" or "briefing" is no candidate trigger word.
    for i in (k for k in range(s.start, s.end - 2) if s.lowers[k] in _REPORT_NOUNS):
        date = next((d for d in s.dates if d.start == i + 1), None) or _after_agent(s, i)
        if date is None or s.lowers[date.start] not in _PAST_BRIEFINGS:
            continue
        if s.lowers[date.end : date.end + 1] != ["that"]:
            continue
        lo = s.char_span(date.end, date.end + 1)[1]
        hi = s.char_span(s.clause_end(date.end + 1) - 1, s.clause_end(date.end + 1))[1]
        owner = _owner(s, i)
        # "at a closed briefing last week that 10,000 were still there": the latest count.
        recent = recent_date(s, date)
        found = [
            replace(q, modality=Modality.REPORTED if recent and current_figure(s, i, date, q)
                    else Modality.BACKGROUND, claimant=owner or q.claimant)
            if lo <= q.start < hi and q.modality is Modality.REPORTED else q
            for q in found
        ]  # fmt: skip
    return found


def _after_agent(s: Sentence, noun: int) -> DateSpan | None:
    """The date after the noun's "by" agent: "report by X's spy agency last month that"."""
    if s.lowers[noun + 1] != "by":
        return None
    for d in s.dates:
        if noun + 2 < d.start <= noun + 2 + _AGENT_REACH and s.mentions_between(noun + 2, d.start):
            clause = s.lowers[noun + 2 : d.start]
            return None if "," in clause or "that" in clause else d
    return None


_AGENT_REACH = 14  # "by the Republic of Korea's National Intelligence Service"


def _owner(s: Sentence, noun: int) -> Claimant | None:
    """The named possessor before the report noun: "South Korea's (intelligence) report"."""
    for j in range(noun - 1, max(s.start, noun - 1 - _MODIFIER_REACH) - 1, -1):
        if s.lowers[j] in {"'s", "’s"}:
            found = next((f for f in s.mentions if f.end in (j, j + 1)), None)
            if found is None:
                return None
            entities = tuple(dict.fromkeys((found.entity, s.gazetteer.actor_of(found.entity))))
            return Claimant(name=s.phrase(found.start, j), entities=entities)
        if not s.lowers[j].isalpha():
            return None  # the noun phrase has ended: "..., a report last week"
    return None
