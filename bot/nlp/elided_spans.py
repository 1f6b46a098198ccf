"""A second count of the same thing over a longer span, its noun and verb left out: "the
army lost 40 soldiers in the past day, and more than 9,000 since the offensive began". A
bare number after ", and" (or "in a day and") that a span of time follows ("since", "so
far", "this year") counts what the figure before it in the sentence counted."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, same_as
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure, qualifier_before
from bot.nlp.number_reading import number_at

# Words that open the span the second count runs over.
_SPANS = frozenset({"since", "so", "this", "in", "over", "during", "throughout"})
# "260 servicemen in a day and more than 38,200 since ...": the first count's own span
# ends it, which sets the two apart as well as a comma does.
_SHORT_SPANS = frozenset({"day", "days", "week", "weeks", "hours", "night", "overnight"})
_SPAN_NEXT = {"so": {"far"}, "in": {"total", "all"}, "this": {"year", "month", "week"}}


def spanned_count(
    s: Sentence, i: int, previous: Quantity | None
) -> tuple[Figure, str | None] | None:
    if previous is None or previous.sentence != s.text or previous.value is None:
        return None
    if "since" not in s.lowers[i : s.end] and not _SPANS.intersection(s.lowers[i : i + 4]):
        return None  # the common case: one scan
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end + 1 >= s.end or not _opens_span(s, end):
        return None
    q_start, qualifier = qualifier_before(s, i)
    if q_start - 2 <= s.start or s.lowers[q_start - 1] != "and" or (
        s.lowers[q_start - 2] != "," and s.lowers[q_start - 2] not in _SHORT_SPANS
    ):
        return None
    if value <= previous.value:
        return None  # the longer span holds more; a smaller bare number is something else
    figure = same_as(BareNumber(q_start, i, end, value, qualifier), previous)
    return figure, previous.actor


def _opens_span(s: Sentence, end: int) -> bool:
    word, after = s.lowers[end], s.lowers[end + 1]
    if word == "since":
        return True
    return word in _SPAN_NEXT and after in _SPAN_NEXT[word]
