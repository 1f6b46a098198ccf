"""A source quoted "at the time" tells an old report retold as background: "A landslide in
August killed about 1,000 people, the group said at the time." The news never says "at the
time" of itself."""

from __future__ import annotations

from bot.nlp.context import Sentence

_TOLD = frozenset({"said", "reported", "told", "announced", "estimated", "stated", "claimed"})
# "the group said at the time", "told reporters at the time": a few words between.
_REACH = 3


# "US officials put their number at about 3,000 at the time": an estimate verb puts the
# figure, whose "at N" runs up to the "at the time" right after it.
_PUTTING = frozenset({"put", "puts", "placed", "places", "estimated", "pegged"})
_PUT_REACH = 8


def told_at_the_time(s: Sentence) -> bool:
    if "time" not in s.words:
        return False  # nearly every sentence
    for k in range(s.start + 1, s.end - 2):
        if s.lowers[k : k + 3] != ["at", "the", "time"]:
            continue
        if not _TOLD.isdisjoint(s.lowers[max(s.start, k - _REACH) : k]) or _put_at(s, k):
            return True
    return False


def _put_at(s: Sentence, k: int) -> bool:
    """"put the toll at about 400 at the time": a number right before "at the time", and the
    estimate verb a few words before it, with no clause break between."""
    if not s.lowers[k - 1][:1].isdigit():
        return False
    for j in range(k - 2, max(s.start, k - _PUT_REACH) - 1, -1):
        if s.lowers[j] in _PUTTING:
            return True
        if s.lowers[j] in {",", ";", "and", "but"}:
            return False
    return False
