"""A treaty "signed into law" is ratified: "Putin has signed into law a partnership treaty
with North Korea", "the pact was signed into law on Saturday", "the president signed the
accord into law". Making a treaty part of a country's law is what ratifying it does; the
states' own signing of a treaty never makes law, so the phrase cannot be that first step.
"signed a law on veterans" stays any other law: only "into law" after the signing verb,
with at most its object between, counts. So does only a treaty: "Its 2025 budget, which Putin
signed into law on Saturday" enacts the budget, the antecedent of the relative clause."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import REFERRING_NOUNS, TREATY_NOUNS

# "signed the defence pact with Pyongyang into law": the object between the verb and "into".
_OBJECT_REACH = 8
_OBJECT_ENDS = frozenset({".", ",", ";", ":", "and", "but", "which", "that"})


def enacts(lowers: list[str], i: int, end: int) -> bool:
    """Whether the signing verb at `i` signs something into law."""
    for k in range(i + 1, min(end - 1, i + 1 + _OBJECT_REACH)):
        if lowers[k] == "into":
            return lowers[k + 1] == "law"
        if lowers[k] in _OBJECT_ENDS:
            return False
    return False


_RELATIVES = frozenset({"which", "that"})
_SUBJECT_REACH = 5  # "which | President Vladimir Putin | signed"


def enacts_other(s: Sentence, i: int) -> bool:
    """Whether the signing verb at `i` opens on a relative word whose antecedent is a
    common noun that names no treaty: "the budget, which Putin signed into law". A name
    ("the Treaty on ... Partnership, which"), a law word, or a relative after a preposition
    ("after which Putin will sign it") is left to the treaty reading."""
    lowers = s.lowers
    for k in range(i - 1, max(s.start, i - 1 - _SUBJECT_REACH), -1):
        if lowers[k] in _RELATIVES:
            noun = k - 1 - (k - 1 > s.start and lowers[k - 1] == ",")
            if noun < s.start or not s.texts[noun].isalpha() or not s.texts[noun].islower():
                return False
            word = lowers[noun]
            return word not in TREATY_NOUNS and word not in REFERRING_NOUNS and (
                word not in _PREPOSITIONS
            )
        if not lowers[k].isalpha():
            return False
    return False


_PREPOSITIONS = frozenset(
    {"after", "before", "by", "under", "in", "of", "on", "with", "for", "to", "from", "upon"}
)
