"""A signing told over a span of years is a record, not news of a step: "the only other
treaty concluded by Russia in recent years is ...", "pacts Tokyo has signed over the past
decade". A span names no day a step was taken, so the writer is describing which pacts exist,
and an alert on it would report an old deal as a new one.

Left alone: a step with its own day ("signed on Tuesday"), and a span that only says how long
something lasts ("signed a pact for 20 years": `legal_bases`)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# "in recent years", "over the years", "in the past decade", "over the last five years"
_SPAN_OPENERS = frozenset({"in", "over", "during", "within"})
_SPAN_ENDS = frozenset({"years", "decade", "decades"})
_SPAN_LEADS = frozenset({"recent", "the", "past", "last", "several", "many"})
_REACH = 5  # "concluded by Russia in recent years"
_STOPS = frozenset({",", ";", ":", ".", "and", "but", "while", "which", "that", "who"})


def told_over_years(s: Sentence, cue: StepCue) -> bool:
    """Whether a span of years right after the step word dates it."""
    if _SPAN_ENDS.isdisjoint(s.words):
        return False  # nearly every treaty sentence: one set test
    top = min(s.end, cue.end + _REACH)
    for k in range(cue.end, top):
        word = s.lowers[k]
        if word in _STOPS:
            return False
        if word in _SPAN_OPENERS:
            return _span_at(s, k + 1)
    return False


def _span_at(s: Sentence, k: int) -> bool:
    """"recent years", "the past decade", "the last five years" from token `k` on."""
    for j in range(k, min(s.end, k + 4)):
        word = s.lowers[j]
        if word in _SPAN_ENDS:
            return j > k  # a lead word before the noun: "in years" alone is no span
        if word not in _SPAN_LEADS and word not in _NUMBER_WORDS and not word.isdigit():
            return False
    return False


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "ten"})
