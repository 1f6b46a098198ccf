"""The parts of a page around its news: the headline, the dateline's date, and the template
lines (bylines, "Read more", "View All") that hold no facts."""

from __future__ import annotations

from bot.models import Event, Modality, Quantity
from bot.nlp.context import Tokens
from bot.nlp.dates import find_dates, month_day
from bot.nlp.pipeline import is_boilerplate_at, is_boilerplate_line


def drop_restated(
    tokens: Tokens, headline: int, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """A headline restating a figure or a step of the body is the same fact: the body's
    telling, with its claimant and date, is kept."""
    end = tokens.chars(*tokens.sentences[0])[1]
    # A vague amount restates the body's only in the body's own words ('"several hundred"
    # casualties' both times); "hundreds" over a body's "thousands" is news of its own.
    body_quantities = {
        (q.value, q.value_max, q.measure, q.qualifier if q.value is None else None)
        for q in quantities if q.start >= end
    }  # fmt: skip
    body_events = {(e.stage, frozenset(e.parties)) for e in events if e.start >= end}
    # A chamber's vote in the headline ("Senate approves law ratifying treaty") is not
    # restated by the body's next step, only planned ("the law now goes to the president").
    done_events = {
        (e.stage, frozenset(e.parties)) for e in events
        if e.start >= end and e.modality is not Modality.PLANNED
    }  # fmt: skip
    kept_quantities = [
        q for q in quantities
        if q.start >= end
        or (q.value, q.value_max, q.measure, q.qualifier if q.value is None else None)
        not in body_quantities
    ]  # fmt: skip
    kept_events = [
        e for e in events
        if e.start >= end or (e.stage, frozenset(e.parties)) not in (
            done_events if _chamber_vote(e) else body_events
        )
    ]  # fmt: skip
    return kept_quantities, kept_events


def _chamber_vote(e: Event) -> bool:
    """A step told done with the chamber that took it."""
    return e.body is not None and e.modality is Modality.REPORTED


def headline_start(tokens: Tokens) -> int | None:
    """The first token of the text's headline: a first line that is one sentence with no
    final stop and has text below it."""
    if not tokens.sentences:
        return None
    start, end = tokens.sentences[0]
    line = tokens.text.split("\n", 1)
    if len(line) < 2 or not line[1].strip():
        return None
    first = line[0].strip()
    if not first or first[-1] in ".!?" or tokens.span_text(start, end).strip() != first:
        return None
    return start


_DATELINE_SENTENCES = 5
_DATELINE_TOKENS = 6


def dateline_date(tokens: Tokens, may_date: list[int]) -> tuple[int, int] | None:
    """(month, day) of the dateline ("KYIV, Nov 4 (Wire) -", "PYONGYANG, June 4.",
    "BIALYSTOK, Poland, March 18")."""
    lowers = tokens.lowers
    for start, end in tokens.sentences[:_DATELINE_SENTENCES]:
        head = lowers[start : min(end, start + _DATELINE_TOKENS)]
        if "," not in head:
            continue
        comma = start + head.index(",")
        # "BIALYSTOK, Poland, March 18 (Wire) -": a city's country or state may stand
        # between the place and the date, set off by a second comma.
        second = comma + 2 if comma + 2 < end and lowers[comma + 2] == "," else None
        for after in (comma, second):
            if after is None:
                continue
            for date in find_dates(lowers, after + 1, min(end, after + 4), may_date):
                when = month_day(lowers, date)
                if when is not None:
                    return when
    return None


def boilerplate_chars(text: str) -> list[tuple[int, int]]:
    """Character ranges of template lines ("View All", "With inputs from agencies")."""
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip() and is_boilerplate_line(line):
            ranges.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ranges


def template_sentence(
    tokens: Tokens, start: int, end: int, boilerplate: list[tuple[int, int]]
) -> bool:
    """Whether the sentence is blank or page furniture rather than text to read."""
    texts = tokens.texts
    first = start
    while first < end and texts[first].isspace():
        first += 1
    if first == end:
        return True
    if boilerplate:
        position = tokens.idxs[first]
        if any(a <= position < b for a, b in boilerplate):
            return True
    # A template line glued to a sentence ("Read more" after a full stop) is its own, short
    # sentence; longer template lines stand on lines of their own.
    if end - first > _TEMPLATE_TOKENS:
        return False
    last = end - 1
    while texts[last].isspace():
        last -= 1
    return is_boilerplate_at(tokens.text, tokens.idxs[first], tokens.idxs[last] + len(texts[last]))


_TEMPLATE_TOKENS = 12
