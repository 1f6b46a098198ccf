"""Question-and-answer explainers ("What is the treaty?", "How did it come into force?"): a
page built of question headings retells how a story came about. A dated treaty step told in
its answers is the treaty's history, whatever tense it is told in, not the day's news."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality

# Three question headings make a page a Q&A; one or two are a column's rhetoric.
_MIN_QUESTIONS = 3
# A heading is a short line; a long one ending in "?" is a quoted question in the body.
_MAX_HEADING_WORDS = 12


def is_question_and_answer(text: str) -> bool:
    headings = 0
    for line in text.splitlines():
        line = line.strip()
        if line.endswith("?") and len(line.split()) <= _MAX_HEADING_WORDS and '"' not in line:
            headings += 1
    return headings >= _MIN_QUESTIONS


def explained_steps(text: str, events: list[Event]) -> list[Event]:
    """Dated steps of a Q&A's answers as background."""
    if not any(e.date and e.modality is Modality.REPORTED for e in events):
        return events
    if not is_question_and_answer(text):
        return events
    return [
        replace(e, modality=Modality.BACKGROUND)
        if e.date and e.modality is Modality.REPORTED else e
        for e in events
    ]
