"""A reporting word after a people's adjective is a noun: "dismissed as fakes South Korean
claims that 10,000 soldiers were fighting", "Ukrainian reports that ...". A verb would need
a subject, and "South Korean" on its own names no one who could claim anything."""

from __future__ import annotations

from bot.nlp.context import Sentence


def after_demonym(s: Sentence, i: int) -> bool:
    """Whether the word at token i follows an adjectival country name ("South Korean")."""
    found = s.mention_at.get(i - 1)
    return found is not None and found.end == i and found.adjectival and found.kind == "country"
