""""About 2,000 of the soldiers Pyongyang sent have been killed": a share of a force that a
relative clause with no "that" says a state sent is a share of that state's force. The
sender is named in the clause itself, so it owns the part before any subject of the
sentence ("Seoul estimates ...") or any force told of earlier does."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.told_forces import FORCE_NOUNS

_SENDING = frozenset({"sent", "deployed", "dispatched", "committed"})
_AUXILIARIES = frozenset({"has", "have", "had"})


def sent_part_actor(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """The sender's side for "N of the <force> <State> (has) sent", else None."""
    if _SENDING.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    at = f.num_end
    if at + 3 >= s.end or s.lowers[at : at + 2] != ["of", "the"]:
        return None
    if s.lowers[at + 2] not in FORCE_NOUNS:
        return None  # "of the aid Moscow sent": not a force
    found = s.mention_at.get(at + 3)
    if found is None or found.start in claim_tokens:
        return None
    verb = found.end + 1 if found.end < s.end and s.lowers[found.end] in _AUXILIARIES else (
        found.end
    )
    if verb >= s.end or s.lowers[verb] not in _SENDING:
        return None  # "of the soldiers Russia recruited ...": not a sending
    return s.gazetteer.actor_of(found.entity)
