"""Openings that set a whole sentence back in an earlier, already-told time: "When the treaty
entered into force in December 2024, some 11,000 soldiers were already there" (a past act
dated with its year, in a "when" clause put first) and "By the following spring, about 3,000
more had joined them" (a time counted on from a moment the story has just told). A reader
takes both as the story's lead-up, not as the day's news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.lexicon import FUTURE_MARKERS

# How far a fronted "when" clause may run before its comma.
_WHEN_REACH = 25
# Past forms that do not end in "-ed" ("When the war began in 2022, ...").
_IRREGULAR_PASTS = frozenset(
    {"began", "took", "came", "went", "was", "were", "broke", "fell", "sent", "signed", "made",
     "struck", "met", "won", "lost", "left", "held", "put", "rose", "became", "saw"}
)  # fmt: skip
# "By the following spring,", "In the following weeks,", "The following year,".
_FOLLOWING_OPENERS = frozenset({"by", "in", "over", "during", "within"})
_FOLLOWING_UNITS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "spring", "summer",
     "autumn", "fall", "winter"}
)  # fmt: skip
_OPENING_WORDS = frozenset({"when", "following"})


def narrative_opening(s: Sentence) -> bool:
    """Whether the sentence opens with a fronted past "when" clause dated by a year, or with
    a "the following <time>" counted on from the story's earlier moment."""
    lowers = s.lowers
    if lowers[s.start] not in _OPENING_WORDS and "following" not in lowers[s.start : s.start + 3]:
        return False  # cheap: almost no sentence opens this way
    if any(w in FUTURE_MARKERS and s.texts[j] != "May" for j, w in _words(s)):
        return False  # "When the treaty takes effect in 2026, Seoul will ...": a forecast
    return _dated_when(s) or _following(s)


def _words(s: Sentence) -> list[tuple[int, str]]:
    return [(j, s.lowers[j]) for j in range(s.start, s.end)]


def _dated_when(s: Sentence) -> bool:
    lowers = s.lowers
    if lowers[s.start] != "when":
        return False
    stop = min(s.end, s.start + _WHEN_REACH)
    comma = next((k for k in range(s.start + 1, stop) if lowers[k] == ","), None)
    if comma is None:
        return False
    clause = lowers[s.start + 1 : comma]
    # A past act ("entered", "began"), not "When Russia attacks in 2026".
    done = any(w in _IRREGULAR_PASTS or (len(w) > 4 and w.endswith("ed")) for w in clause)
    # The year fixes the act in a past the reader can place; "When the talks ended on
    # Friday, ..." may still be the day's news.
    dated = any(
        s.start < d.start and d.end <= comma
        and any(is_year(w) for w in lowers[d.start : d.end + 1])
        for d in s.dates
    )  # fmt: skip
    return done and dated


def _following(s: Sentence) -> bool:
    lowers = s.lowers
    k = s.start + (lowers[s.start] in _FOLLOWING_OPENERS)
    if lowers[k : k + 2] != ["the", "following"] or k + 3 >= s.end:
        return False
    # "By the following spring," set off by its comma: the sentence's time, not "the
    # following steps" or "the following year's budget".
    return lowers[k + 2] in _FOLLOWING_UNITS and lowers[k + 3] == ","
