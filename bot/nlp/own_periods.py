"""A period that dates a figure told right after it, with no preposition or with words that
narrow it: "had sent about 11,000 troops to Kursk last year" (a past perfect), "and roughly
3,000 more in early 2025". Either puts the figure in a year before the news, as "in 2024"
does, so it is history, not the news.

A date after a figure may belong to another noun ("on top of workers sent in late 2025"), so
only a date the figure's own short phrase reaches counts: a place it went to ("to Kursk"), or
"more" before an "in".
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.figures import Figure
from bot.nlp.passive_dispatches import dispatched_after

# "in the early 1990s", "in late 2022": words narrowing a period between it and its "in".
_PERIOD_PARTS = frozenset({"the", "early", "late", "mid", "-"})
_PERIOD_OPENERS = frozenset({"in", "during"})
# "sent 11,000 troops to Kursk last year": the place the figure went, before its date.
_PLACE_PREPOSITIONS = frozenset({"to", "into", "in", "from"})
# A place named with "to" takes at most a few capitalised words: "to the Kursk region".
_PLACE_REACH = 4
_PLACE_WORDS = frozenset({"the", "region", "oblast", "front", "'s", "’s"})


def own_period_floor(s: Sentence, f: Figure, date: DateSpan) -> int:
    """Where `modality` stops looking back for the preposition of a date after the figure:
    at the figure's end when the date's "in" follows it at once ("3,000 more in early
    2025"), so the narrowing words before the date are passed; else just before the date,
    so only a plain "in" counts."""
    gap = s.lowers[f.end : date.start]
    gap = gap[1:] if gap[:1] == ["more"] else gap
    own = bool(gap) and gap[0] in _PERIOD_OPENERS and _PERIOD_PARTS.issuperset(gap[1:])
    return f.end if own else date.start - 1


def last_year_figure(s: Sentence, f: Figure) -> bool:
    """Whether a bare "last year" closes the phrase of a figure a past perfect tells: "had
    already sent about 11,000 troops to Kursk last year", or a passive dispatch ("11,000
    troops were sent to Russia last year", `passive_dispatches`). The past perfect sets the act
    before the news; without it, "supplied 3 million shells last year, Budanov said" or
    "trade grew 15.5% last year" is the year's total, told as the news."""
    if "last" not in s.words:
        return False  # nearly every sentence: one set test
    if (k := dispatched_after(s, f)) is not None:
        return _closes_with_last_year(s, k)  # "11,000 troops were sent to Russia last year"
    if "had" not in s.words or not _past_perfect(s, f):
        return False
    return _closes_with_last_year(s, f.end)


def _closes_with_last_year(s: Sentence, k: int) -> bool:
    """Whether the words from `k` are an optional place ("to Kursk") and a bare "last year"."""
    if k < s.end and s.lowers[k] in _PLACE_PREPOSITIONS:
        j = k + 1
        while j < min(s.end, k + 1 + _PLACE_REACH) and (
            s.texts[j][:1].isupper() or s.lowers[j] in _PLACE_WORDS
        ):
            j += 1
        if j == k + 1:
            return False  # "to help", "in a month": no place named
        k = j
    if s.lowers[k : k + 2] != ["last", "year"]:
        return False
    # "last year's budget": the year names a noun after it, not when the figure happened.
    return s.lowers[k + 2 : k + 3] not in (["'s"], ["’s"])


# "had already sent", "had previously shipped": adverbs between "had" and its participle.
_PERFECT_ADVERBS = frozenset({"already", "previously", "earlier", "also", "then"})


def _past_perfect(s: Sentence, f: Figure) -> bool:
    """Whether the words just before the figure are "had" (an adverb) and a participle:
    "The North had already sent about 11,000"."""
    k = f.start - 1
    if k - 1 < s.start or not s.lowers[k].endswith(("ed", "ent", "own", "ought")):
        return False  # "sent", "shipped", "flown", "brought"
    k -= 1
    if s.lowers[k] in _PERFECT_ADVERBS:
        k -= 1
    return k >= s.start and s.lowers[k] == "had"
