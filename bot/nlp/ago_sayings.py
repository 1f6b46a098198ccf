"""A claim its source made "a year ago" / "two months ago": "Zelensky said a year ago that
more than 46,000 soldiers had been killed". The span of months or years between the
saying and the news puts the claim's figures in the story's history, like "said last year
that" (`earlier_sayings`). Days and weeks are left alone: "said two days ago that" often
tells a figure still current in a running story. The span may be set off before the
clause it dates: "Kyiv rarely gives a toll; a year ago, Zelensky said that 46,000 ..."."""

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
        if any(w in _SAYING for w in lowers[first : k - 1]) or _fronted(s, k, f.start):
            return True
    return False


# Where a clause opens, for "a year ago" set before it: the sentence's start or a stop.
_CLAUSE_STOPS = frozenset({";", ":", "—", "but"})
_HEDGES = frozenset({"more", "than", "over", "nearly", "almost", "about", "some", "just"})
_SUBJECT_WORDS = 6  # "President Volodymyr Zelensky", "Ukraine's military intelligence"


def _fronted(s: Sentence, ago: int, start: int) -> bool:
    """"a year ago, Zelensky said that 46,000 ...": the span set off before the clause
    dates its verb of saying as surely as when it follows the verb."""
    if s.lowers[ago + 1] != ",":
        return False
    k = ago - 2  # "a year ago": the span's first word sits before its unit
    while k > max(s.start, ago - 2 - _MAX_SPAN_WORDS) and s.lowers[k - 1] in _HEDGES:
        k -= 1  # "more than a year ago", "about two years ago"
    if k > s.start and s.lowers[k - 1] not in _CLAUSE_STOPS:
        return False
    stop = min(start, ago + 2 + _SUBJECT_WORDS + 1)
    verb = next((j for j in range(ago + 2, stop) if s.lowers[j] in _SAYING), None)
    return verb is not None and ";" not in s.lowers[ago:start] and (
        s.lowers[verb + 1 : verb + 2] == ["that"] or verb + 1 == start
    )
