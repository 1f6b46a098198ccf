"""A "likely" that guesses at what has already happened: "units had likely suffered more
than 1,000 casualties", "500 were 'highly likely' killed". After a perfect or past auxiliary
the word hedges a done act, and the figure is an estimate of the past, not a plan; "is
likely to send 3,000" and "will likely deploy" stay forecasts."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence

_GUESS_WORDS = frozenset({"likely", "probably"})
_PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "'ve", "'d"})
# Words that may stand between the auxiliary and "likely": "had most likely", "had 'highly
# likely'", "have very likely".
_DEGREE_WORDS = frozenset({"highly", "most", "very", "quite", "more", "than", "not", "also"})


def past_guess(s: Sentence, j: int) -> bool:
    """Whether the hedge word at token j follows a past or perfect auxiliary and is not the
    "likely to" of a forecast."""
    lowers = s.lowers
    if lowers[j] not in _GUESS_WORDS:
        return False
    k = j + 1
    while k < s.end and lowers[k] in QUOTES:
        k += 1
    if k < s.end and lowers[k] == "to":
        return False  # "were likely to send": a forecast, even told in the past
    k = j - 1
    while k >= s.start and (lowers[k] in QUOTES or lowers[k] in _DEGREE_WORDS):
        k -= 1
    return k >= s.start and lowers[k] in _PAST_AUXILIARIES
