"""What kind of body an earlier source is, for a description that points back at it: "The
NIS said ... About 1,000 deminers arrived, the agency said." The acronym holds no word of
the kind, but its full name ("National Intelligence Service") does, so "the agency" may mean
it, and not an older source whose own words happen to fit.
"""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.gazetteer import Gazetteer


def kind_words(claimant: Claimant, gazetteer: Gazetteer | None) -> list[str]:
    """The words of the source's name and of its organisations' full names."""
    words = claimant.name.lower().split()
    if gazetteer is None:
        return words
    for name in claimant.entities:
        entity = gazetteer.get(name)
        if entity is not None and entity.kind == "org":
            words.extend(w for alias in entity.aliases for w in alias.lower().split())
    return words
