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
    if not found:
        return found
    if previous is None or previous.modality is not Modality.BACKGROUND:
        return _later_in_sentence(s, found)
    if not (
        ("later" in s.words and _counts_from_before(s)) or _same_occasion(s)
        or ("after" in s.words and _opens_after_before(s))
    ):
        return _later_in_sentence(s, found)
    return [
        replace(e, modality=Modality.BACKGROUND) if e.modality is Modality.REPORTED else e
        for e in found
    ]


def _later_in_sentence(s: Sentence, found: list[Event]) -> list[Event]:
    """"The treaty, signed in June 2024, was ratified by the upper house a few weeks later":
    the step told before "later" may stand in the same sentence; a step told after a
    background one and dated "weeks later" from it is history too."""
    if len(found) < 2 or "later" not in s.words or not _counts_from_before(s):
        return found
    first = next((e for e in found if e.modality is Modality.BACKGROUND), None)
    later = next((k for k in range(s.start, s.end) if s.lowers[k] == "later"), None)
    # A step's span runs from its subject to its verb: the verbs' ends order the steps.
    if first is None or later is None or s.char_span(later, later + 1)[0] < first.end:
        return found
    return [
        replace(e, modality=Modality.BACKGROUND)
        if e.modality is Modality.REPORTED and e.end > first.end else e
        for e in found
    ]  # fmt: skip


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


# "Days after the Moscow treaty, ...": the opener's span, "after" and what it points back to.
_BACK = frozenset({"the", "that", "this", "its", "their"})
_OPENER_REACH = 4


def _opens_after_before(s: Sentence) -> bool:
    """"Days after the Moscow treaty, Kim signed a similar pact": an opener counting from the
    step just told, as "later" does ("signed two weeks after the election" in mid-sentence
    counts from something else, and is left alone)."""
    lowers = s.lowers
    for k in range(s.start + 1, min(s.end - 1, s.start + _OPENER_REACH)):
        if lowers[k] == "after" and lowers[k - 1] in _SPANS and lowers[k + 1] in _BACK:
            return True
    return False


def _same_occasion(s: Sentence) -> bool:
    if "same" not in s.words:
        return False
    lowers = s.lowers
    return any(
        lowers[k] == "same" and lowers[k + 1] in _OCCASIONS for k in range(s.start, s.end - 1)
    )
