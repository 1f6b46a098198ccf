"""A span "a year ago" set off by commas between a subject and its verb dates the clause it
interrupts: "the last figure from the president, a year ago, was more than 46,000 killed",
"Moscow, two years ago, kept 100,000 troops there". Writers add such an aside to say the
figure is old, so the figure is the story's history. Only spans of months or years count
(no news day fits in them), and only an aside before the figure: "700 a year ago" after a
figure is a comparison's baseline, told by other rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SPANS = frozenset({"year", "years", "month", "months", "decade", "decades"})
# "a year", "two years", "more than a year": the words the span may have before its unit.
_MAX_SPAN_WORDS = 4
# What ends the clause the aside dates, between the aside and the figure.
_STOPS = frozenset({",", ";", ":", "—", "–", "but", "and", "while", "whereas"})


def ago_aside(s: Sentence, f: Figure) -> bool:
    """Whether ", <N> years/months ago," stands before `f` in the figure's own clause."""
    if "ago" not in s.words:
        return False  # nearly every sentence
    lowers = s.lowers
    for k in range(s.start + 2, min(f.start, s.end - 1)):
        if lowers[k] != "ago" or lowers[k - 1] not in _SPANS or lowers[k + 1] != ",":
            continue
        opened = [j for j in range(max(s.start, k - 2 - _MAX_SPAN_WORDS), k - 1)
                  if lowers[j] == ","]  # fmt: skip
        if not opened or any(w in _STOPS for w in lowers[opened[-1] + 1 : k - 1]):
            continue
        if not any(w in _STOPS for w in lowers[k + 2 : f.start]):
            return True
    return False
