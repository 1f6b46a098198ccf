"""Facts told as a recap of what is already known rather than as the day's news.

- An agency's reminder of its own earlier reports: "As the Agency reported earlier, on
  October 24 the Duma adopted the law ..." lists steps the reader has already been told, so
  every fact of the sentence is the story's background.
- A done step told in a relative clause that describes the treaty or law: "the treaty, which
  has been ratified by both sides, provides ..." (a perfect: a state of affairs) or "voted
  for the ratification law, which the Duma passed last month" (dated before the news). The
  clause recalls the step to identify the document; the news is the main clause's.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan, days_before, month_day
from bot.nlp.own_recaps import own_stamp

_REPORTED = frozenset({"reported", "wrote", "informed", "said", "announced", "noted"})
_EARLIER = frozenset({"earlier", "previously", "before"})
# "As the Agency reported earlier,": the reporter and its verb fit in a few words.
_RECAP_REACH = 7
_RELATIVES = frozenset({"which", "that"})
# "which has been ratified", "which had been approved": the step is a state of affairs.
_PERFECTS = frozenset({"has", "have", "had"})
# Verbs with which a relative clause tells a law's or treaty's passage.
_PASSED = frozenset(
    {"passed", "approved", "adopted", "ratified", "endorsed", "backed", "signed"}
)  # fmt: skip
# "the ratification law, which": the nominal step and its noun stand just before.
_NOUN_REACH = 3


def recap_opening(s: Sentence) -> bool:
    """"As the Agency reported earlier," / "As previously reported,": a recap of earlier
    reports. "As reported by Reuters," without an adverb of time only names a source,
    unless the name is the dispatch's own agency (`own_stamp`)."""
    lowers = s.lowers
    if lowers[s.start] in _REMINDER_STARTS and _reminder(lowers[s.start : s.start + 4]):
        return True
    if lowers[s.start] != "as":
        return False
    end = min(s.end, s.start + _RECAP_REACH)
    if "," not in lowers[s.start : end]:
        return False
    head = lowers[s.start + 1 : s.start + lowers[s.start : end].index(",")]
    if _REPORTED.isdisjoint(head):
        return False
    return not _EARLIER.isdisjoint(head) or own_stamp(s, [w for w in head if w not in _REPORTED])


# "Let us remind that ...", "We recall that ...", "Recall that ...": a translated "Напомним"
# / "Нагадаємо" opens what the outlet's readers were told before.
_REMINDER_STARTS = frozenset({"let", "we", "recall", "remind"})
_REMINDERS = (
    ("let", "us", "remind"), ("let", "us", "recall"), ("let", "me", "remind"),
    ("we", "remind"), ("we", "recall"), ("recall", "that"), ("remind", "that"),
)  # fmt: skip

_REMINDER_NEXT = (["that"], [","], ["you"])


def _reminder(opening: list[str]) -> bool:
    """Whether the sentence's first words are a reminder's, its "that" or comma next
    ("We recall the figures" has no clause to recall)."""
    for words in _REMINDERS:
        n = len(words)
        follows = opening[n : n + 1]
        if tuple(opening[:n]) == words and (words[-1] == "that" or follows in _REMINDER_NEXT):
            return True
    return False


def stale_date(s: Sentence, date: DateSpan) -> bool:
    """A month and day well before the article's own date (its dateline): the step is
    history ("the treaty, which entered into force on December 4", written in June)."""
    if s.reference is None:
        return False
    when = month_day(s.lowers, date)
    return when is not None and days_before(when, s.reference) >= STALE_DAYS


def relative_history(s: Sentence, start: int, nominal: bool) -> bool:
    """Whether the step word at `start` is a done step a relative clause recalls: the word
    inside ", which has been ratified" / ", which the Duma passed last month", or a nominal
    ("the ratification law") that such a clause right after it describes."""
    lowers = s.lowers
    relative = _relative_before(s, start)
    if relative is not None:
        before = lowers[relative + 1 : start]
        return not _PERFECTS.isdisjoint(before) or _dated_past(s, relative, s.clause_end(start))
    if not nominal:
        return False
    for k in range(start + 1, min(s.end - 1, start + _NOUN_REACH + 1)):
        if lowers[k] == "," and lowers[k + 1] in _RELATIVES:
            end = s.clause_end(k + 2)
            passed = not _PASSED.isdisjoint(lowers[k + 2 : end])
            return passed and _dated_past(s, k + 1, end)
    return False


def _relative_before(s: Sentence, start: int) -> int | None:
    """The "which" / "that" opening, after a comma, the clause of the word at `start`."""
    # The clause may start after the relative word, which can break clauses itself.
    first = s.clause_start(start) - 1
    for k in range(start - 1, max(first, s.start + 1) - 1, -1):
        if s.lowers[k] in _RELATIVES and s.lowers[k - 1] == ",":
            return k
    return None


def _dated_past(s: Sentence, first: int, end: int) -> bool:
    return any(
        first < d.start < end and (d.past or stale_date(s, d)) for d in s.dates
    )
