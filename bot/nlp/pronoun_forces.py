"""A figure whose subject is a "they" that stands for the forces the last sentence opened with:
"Ukrainian formations invaded the Kursk region in August. Since then, they have lost more than
67,000 servicemen." Named, the forces would make the losses their country's ("Ukrainian
formations have lost ..."); the pronoun that stands for them does the same. Only a sentence
that opens with a country's forces counts ("Ukrainian troops", "Russia's forces"), and only
when no name or reporting verb comes between the pronoun and the figure ("they said Russia
lost ..." is a claim, whose owner the claim rules read)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

# The bodies a "they" can stand for when a sentence opens with them.
_FORCES = frozenset(
    {"forces", "troops", "formations", "units", "soldiers", "servicemen", "army", "military",
     "brigades", "divisions", "troop", "force"}
)  # fmt: skip


def pronoun_forces_actor(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int],
    mentions: Sequence[Mention],
) -> str | None:
    """The country of the forces a "they" subject before the figure stands for."""
    if "they" not in s.words:
        return None  # nearly every sentence: one set test
    stop = s.clause_start(f.start)
    pronoun = next((k for k in range(f.start - 1, stop - 1, -1) if s.lowers[k] == "they"), None)
    if pronoun is None or pronoun in claim_tokens:
        return None
    if s.mentions_between(pronoun, f.start) or any(pronoun <= c.verb < f.start for c in cues):
        return None  # "they said Russia lost ...": another name or a claim comes between
    first = s.char_span(s.start, s.start + 1)[0]
    earlier = [m for m in mentions if m.start < first]
    if not earlier:
        return None
    told = [m for m in earlier if m.sentence == earlier[-1].sentence]
    opening = told[0]
    text = opening.sentence.lstrip()
    if not text.startswith(opening.surface):
        return None  # "In Kursk, Ukrainian troops ...": a place or date opens the sentence
    rest = text[len(opening.surface) :].removeprefix("'s").removeprefix("’s").split()
    if not rest or rest[0].lower().strip(",.") not in _FORCES:
        return None  # "Ukraine says ...": the state, not its forces, is whom "they" means
    return s.gazetteer.actor_of(opening.entity)
