"""A verdict set before the object of a verb of denial: "dismissed as 'absurd' Kyiv's claims
that ...", "rejected as baseless the ministry's estimate of 4,000". English moves the short
"as" complement ahead of a long object; the object is still the denied one, so its owner
("Kyiv's") made the claim the subject denies, as in "dismissed Kyiv's claims"."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.lexicon import DENY_VERBS

# 'as "absurd"', "as a pure fabrication", 'as "completely groundless"': the complement is
# short; a longer run is more likely the verb's own object ("dismissed as many as ...").
_AS_REACH = 5
# A break inside the run means "as" opened a clause of its own ("rejected, as expected, ...").
_BREAKS = frozenset({",", ";", ":", ".", "that", "and", "but"})


def verb_before_fronted_as(s: Sentence, k: int) -> int | None:
    """The position of the verb of denial whose fronted "as <verdict>" complement ends at
    token k (the last word before the object), or None."""
    if "as" not in s.words or DENY_VERBS.isdisjoint(s.words):
        return None  # nearly every sentence: two set tests
    # Quote marks are not words of the complement: 'as "a sheer fabrication"' is as short as
    # "as a sheer fabrication", so the reach counts words only and stops past the quotes.
    words = 0
    for j in range(k, s.start - 1, -1):
        word = s.lowers[j]
        if word not in QUOTES:
            words += 1
            if words > _AS_REACH:  # up to four words of complement, then the "as"
                return None
        if word == "as":
            verb = j - 1
            inside = [w for w in s.lowers[j + 1 : k + 1] if w not in QUOTES]
            # "as" alone before the object ("dismissed as Kyiv's ...") names no verdict.
            if inside and verb >= s.start and s.lowers[verb] in DENY_VERBS:
                return verb
            return None
        if word in _BREAKS:
            return None
    return None
