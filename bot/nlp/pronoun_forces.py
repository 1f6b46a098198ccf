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
from bot.nlp.pronoun_states import pronoun_state_actor
from bot.nlp.pronoun_subjects import told_before_pronoun

_THEY = frozenset({"they"})

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
    told = told_before_pronoun(s, f, cues, claim_tokens, mentions, _THEY)
    if told is None:
        # "Russia kept up its attacks. Overnight, it launched 146 drones": a country's "it".
        return pronoun_state_actor(s, f, cues, claim_tokens, mentions)
    opening = told[0]
    text = opening.sentence.lstrip()
    if not text.startswith(opening.surface):
        return None  # "In Kursk, Ukrainian troops ...": a place or date opens the sentence
    rest = text[len(opening.surface) :].removeprefix("'s").removeprefix("’s").split()
    if not rest or rest[0].lower().strip(",.") not in _FORCES:
        return None  # "Ukraine says ...": the state, not its forces, is whom "they" means
    return s.gazetteer.actor_of(opening.entity)
