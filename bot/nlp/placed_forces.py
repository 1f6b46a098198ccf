"""Forces sized where they stand: "Russia's grouping of forces inside Ukraine numbers about
700,000", "its forces in Kursk number 50,000". A place after the force noun narrows it to the
troops deployed there, so the figure is a deployment, not the army's whole strength, as
"Russia's armed forces number about 1.3 million" is.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_PLACING = frozenset({"in", "inside", "within", "near", "along", "across", "on"})


def placed_subject(s: Sentence, start: int, head: int) -> bool:
    """Whether tokens start..head (the subject before a sizing verb at `head`) hold a place
    preposition and a capitalised name after it ("inside Ukraine")."""
    lowers = s.lowers
    if _PLACING.isdisjoint(lowers[start:head]):
        return False  # nearly every subject: one set test
    return any(
        lowers[k] in _PLACING and s.texts[k + 1][:1].isupper() for k in range(start, head - 1)
    )
