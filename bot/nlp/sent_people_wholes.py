"""The whole a toll came out of, after a toll counted by a people's name: "about 4,000 North
Koreans had been killed or wounded, out of roughly 11,000 deployed". The toll's noun names
who the dead are, not what the whole is; a whole said to have been sent or deployed is the
force sent, so it counts soldiers, as it would after "4,000 soldiers were killed". A whole
with no such verb ("out of roughly 11,000 in the region") keeps the people's name."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.reported_tolls import sent_whole
from bot.nlp.units import normalise_measure


def whole_noun(s: Sentence, unit: str, end: int) -> tuple[str, str] | None:
    """(measure, category) for the whole ending at token `end`, out of which a toll counted
    in `unit` ("North Koreans", "soldiers", "casualties") came."""
    found = normalise_measure(unit.lower())
    if found is None or not _people_name(s, unit):
        return found  # the common case: the toll's noun is the whole's too
    sent = sent_whole(s, end)
    return found if sent is None else sent[0]


def _people_name(s: Sentence, unit: str) -> bool:
    """Whether `unit` is a people's plural name in this sentence ("North Koreans"), not a
    noun of kind ("soldiers") nor a country's adjective ("North Korean")."""
    if not unit.endswith("s"):
        return False  # cheap test first: "casualties" passes, "troop" does not
    return any(
        m.kind == "country" and not m.adjectival and m.surface == unit
        for m in s.mention_at.values()
    )
