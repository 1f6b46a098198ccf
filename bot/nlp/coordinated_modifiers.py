"""Two modifiers joined by "and" or "or" in front of one counted noun: "108 Shahed and decoy
drones", "40 Iskander or Kinzhal missiles". News lists the kinds of one batch this way, and
the count is of the noun after both; without this the number reads as counting nothing."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from bot.nlp.context import Sentence
from bot.nlp.lexicon import MONTHS, WEEKDAYS
from bot.nlp.units import normalise_measure

_JOINERS = frozenset({"and", "or"})
# "108 Shahed and decoy drones": at most two words between the joiner and the noun.
_MAX_AFTER = 2


def joins_modifiers(s: Sentence, k: int, origin: int) -> bool:
    """Whether token k is "and"/"or" between a modifier right after the number (origin) and
    a plural noun that counts: the count carries past the joiner to that noun. A comma or a
    second number before the noun ("5 dead and 12 wounded") leaves the joiner alone."""
    if s.lowers[k] not in _JOINERS or k != origin + 1:
        return False  # cheap test first: only the number's own next modifier joins
    before = s.lowers[k - 1]
    if not before.isalpha() or before in STOP_WORDS or normalise_measure(before) is not None:
        return False
    if before in WEEKDAYS or before in MONTHS:
        return False  # "detained 14 Saturday and ...": a date after the number, no modifier
    for j in range(k + 1, min(k + 2 + _MAX_AFTER, s.end)):
        word = s.lowers[j]
        if not word.isalpha() or word in STOP_WORDS:
            return False
        if s.texts[j].islower() and word.endswith("s") and normalise_measure(word) is not None:
            return True  # the counted noun, straight after the joiner or past its modifiers
    return False
