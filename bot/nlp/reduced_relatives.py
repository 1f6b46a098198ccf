"""A fate told past a participle phrase describing the counted: "At least 200 conscripts
sent to the front have been killed", "40 sailors stationed on the island were wounded". The
participle ("sent", "deployed"), or a relative clause's verb after its own subject ("the
11,000 troops Pyongyang sent to Kursk had been killed"), says where the people were, not
what befell them; the verb of being after it carries their fate, so the figure counts
casualties."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PARTICIPLES = frozenset(
    {"sent", "deployed", "stationed", "posted", "dispatched", "transferred", "moved", "flown",
     "based", "serving", "fighting"}
)  # fmt: skip
_REACH = 7  # "deployed to Russia's Kursk region": the participle phrase
_BE = frozenset({"were", "was", "have", "has", "had", "been", "are", "reportedly"})
_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "slain", "missing"})
_STOPS = frozenset({",", ";", ":", "and", "who", "that", "which", "."})


def fate_past_participle(s: Sentence, f: Figure) -> bool:
    """Whether a participle phrase right after the counted noun is followed by a fate."""
    k = _relative_verb(s, f.unit_end)
    if k >= s.end or s.lowers[k] not in _PARTICIPLES:
        return False  # nearly every figure: one set test
    for j in range(k + 1, min(s.end, k + 1 + _REACH)):
        if s.lowers[j] in _BE:
            while j < s.end and s.lowers[j] in _BE:
                j += 1
            return j < s.end and s.lowers[j] in _FATES
        if s.lowers[j] in _STOPS:
            return False
    return False


_PERFECT = frozenset({"has", "have", "had"})


def _relative_verb(s: Sentence, k: int) -> int:
    """The verb of a relative clause with its own subject and no "that" ("of the 11,000
    troops Kim Jong Un sent to Kursk had been killed"): past the name that sent them; token
    k itself otherwise."""
    found = s.mention_at.get(k)
    if found is None or found.start != k or found.adjectival or found.possessive:
        return k  # nearly every figure: one lookup
    j = found.end
    while j < s.end and s.lowers[j] in _PERFECT:
        j += 1
    return j
