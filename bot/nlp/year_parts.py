"""A part of last year as the date of a done act: "sent about 11,000 soldiers to Russia late
last year". A bare "last year" may close a year's running total told as news ("trade grew 15%
last year"), but "late" or "early" narrows it to a stretch of months that ended long before the
story, so it dates a one-off act as a season does ("last autumn", past_seasons.py)."""

from __future__ import annotations

from bot.nlp.context import Sentence

_PARTS = frozenset({"late", "early"})


def part_of_last_year(s: Sentence, k: int) -> bool:
    """Whether tokens from `k` read "late last year" or "early last year"."""
    return s.lowers[k] in _PARTS and s.lowers[k + 1 : k + 3] == ["last", "year"]


# "have said North Korea sent 11,000 ...": the perfect is the speaker's, not the act's.
_SAYING = frozenset({"said", "say", "says", "told", "estimated", "reported"})


def past_saying(words: list[str]) -> int:
    """The index just past the last reporting verb in `words` (0 when there is none), so a
    perfect that only tells when a source spoke ("have said") does not hide the past act it
    reports ("... sent 11,000 late last year")."""
    return max((k + 1 for k, w in enumerate(words) if w in _SAYING), default=0)
