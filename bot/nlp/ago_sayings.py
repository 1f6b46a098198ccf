"""A claim its source made "a year ago" / "two months ago": "Zelensky said a year ago that
more than 46,000 soldiers had been killed". The span of months or years between the
saying and the news puts the claim's figures in the story's history, like "said last year
that" (`earlier_sayings`). Days and weeks are left alone: "said two days ago that" often
tells a figure still current in a running story."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SAYING = frozenset(
    {"said", "stated", "reported", "claimed", "estimated", "announced", "noted", "wrote",
     "told", "asserted", "alleged", "saying", "claiming", "estimating"}
)  # fmt: skip
# Only spans no news day can fit in.
_SPANS = frozenset({"year", "years", "month", "months"})
# What opens the claim right after "ago": "said a year ago that ...", "said a year ago, ...".
_OPENERS = frozenset({"that", ","})
# "a year ago", "two years ago", "more than a year ago": the words "ago" may sit after.
_MAX_SPAN_WORDS = 4


def said_ago(s: Sentence, f: Figure) -> bool:
    """True when the figure follows "<verb of saying> <N> years/months ago that" in its
    sentence."""
    if "ago" not in s.words:
        return False  # nearly every sentence
    lowers = s.lowers
    for k in range(s.start + 2, min(f.start, s.end - 1)):
        if lowers[k] != "ago" or lowers[k - 1] not in _SPANS or lowers[k + 1] not in _OPENERS:
            continue
        first = max(s.start, k - 1 - _MAX_SPAN_WORDS)
        if any(w in _SAYING for w in lowers[first : k - 1]):
            return True
    return False
