"""A body named with the place it works in: "the UN Human Rights Monitoring Mission in
Ukraine", "the OSCE office in Moldova". The country after "in" is where the body sits, not
who speaks through it: the claim is the international body's, so the place drops from the
claimant's entities. A country that is itself the speaker ("officials in Kyiv", "Ukraine")
has no named body before it and is kept."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.mentions import Found


def without_seats(s: Sentence, found: list[Found]) -> list[Found]:
    """The names of a claimant's phrase without a country after "in" that follows a named
    body that is no country."""
    if len(found) < 2:
        return found  # nearly every claimant: one name
    first = s.gazetteer.get(found[0].entity)
    if first is None or first.kind == "country" or found[0].adjectival:
        return found
    return [
        f
        for f in found
        if f is found[0] or s.lowers[f.start - 1] != "in" or not _country(s, f)
    ]


def _country(s: Sentence, f: Found) -> bool:
    entity = s.gazetteer.get(f.entity)
    return entity is not None and entity.kind == "country"
