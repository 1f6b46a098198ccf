"""A treaty "signed into law" is ratified: "Putin has signed into law a partnership treaty
with North Korea", "the pact was signed into law on Saturday", "the president signed the
accord into law". Making a treaty part of a country's law is what ratifying it does; the
states' own signing of a treaty never makes law, so the phrase cannot be that first step.
"signed a law on veterans" stays any other law: only "into law" after the signing verb,
with at most its object between, counts."""

from __future__ import annotations

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
