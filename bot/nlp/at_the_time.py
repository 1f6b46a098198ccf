"""A source quoted "at the time" tells an old report retold as background: "A landslide in
August killed about 1,000 people, the group said at the time." The news never says "at the
time" of itself."""

from __future__ import annotations

from bot.nlp.context import Sentence

_TOLD = frozenset({"said", "reported", "told", "announced", "estimated", "stated", "claimed"})
# "the group said at the time", "told reporters at the time": a few words between.
_REACH = 3


def told_at_the_time(s: Sentence) -> bool:
    if "time" not in s.words:
        return False  # nearly every sentence
    for k in range(s.start + 1, s.end - 2):
        if s.lowers[k : k + 3] == ["at", "the", "time"] and not _TOLD.isdisjoint(
            s.lowers[max(s.start, k - _REACH) : k]
        ):
            return True
    return False
