"""A step dated only by its distance from the one told before it: "Russia completed its
ratification in November. Kim ratified the treaty by decree a few days later." "Later" counts
from that step, so the step is of that step's time: after history, history too. So is a step
told at "the same summit" as a step of the treaty's history."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_THAT = frozenset({"that", "the"})  # "later that month", "later the same year"
# "At the same summit, the United States signed ...": the occasion of the step told before.
_OCCASIONS = frozenset(
    {"summit", "meeting", "ceremony", "talks", "conference", "visit", "session", "event"}
)


def later_steps(s: Sentence, found: list[Event], previous: Event | None) -> list[Event]:
    """`found` made background when "days later" dates them after a background step."""
    if not found or previous is None or previous.modality is not Modality.BACKGROUND:
        return found
    if not (("later" in s.words and _counts_from_before(s)) or _same_occasion(s)):
        return found
    return [
        replace(e, modality=Modality.BACKGROUND) if e.modality is Modality.REPORTED else e
        for e in found
    ]


def _counts_from_before(s: Sentence) -> bool:
    """"a few days later", "two weeks later", "later that month"."""
    lowers = s.lowers
    for k in range(s.start, s.end):
        if lowers[k] != "later":
            continue
        if k > s.start and lowers[k - 1] in _SPANS:
            return True
        if lowers[k + 1 : k + 2] and lowers[k + 1] in _THAT and (
            not _SPANS.isdisjoint(lowers[k + 2 : k + 4])
        ):
            return True
    return False


def _same_occasion(s: Sentence) -> bool:
    if "same" not in s.words:
        return False
    lowers = s.lowers
    return any(
        lowers[k] == "same" and lowers[k + 1] in _OCCASIONS for k in range(s.start, s.end - 1)
    )
