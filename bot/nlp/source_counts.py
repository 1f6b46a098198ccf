"""Names after a figure that give its source, not its owner: "14,000 soldiers by South Korea's
count", "300 dead by Kyiv's estimate". "by X" after a counted noun usually names whose they
are ("drones launched by Russia"), but "by X's count" names who did the counting; the
figure's side is then found elsewhere in the clause ("North Korea has sent ..."). Likewise a
country that only owns the counting body opening a sentence ("Seoul's National Intelligence
Service puts the total at ...") is not the subject a next sentence's "Their losses" means."""

from __future__ import annotations

from bot.models import Mention
from bot.nlp.context import Sentence
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.mentions import Found

# What one counts or reckons by: the noun after the possessive makes X the source.
_RECKONINGS = frozenset(
    {"count", "counts", "estimate", "estimates", "tally", "reckoning", "figures",
     "calculations", "assessment", "numbers", "data"}
)  # fmt: skip
# The first word of a body that counts and reports rather than fights or governs.
_COUNTING_BODIES = frozenset({"ministry", "intelligence", "spy", "defence", "defense", "general",
                              "foreign"})  # fmt: skip
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def owner_after(s: Sentence, k: int, prepositions: frozenset[str]) -> Found | None:
    """The owner named after the preposition at token k, unless "by X's count" names the
    figure's source instead."""
    found = s.mention_after(k, prepositions)
    if found is None or s.lowers[k] != "by":
        return found
    tail = s.lowers[found.end : found.end + 2]
    if len(tail) == 2 and tail[0] in _POSSESSIVE and tail[1] in _RECKONINGS:
        return None
    return found


def source_body_owner(text: str, m: Mention, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the country mention `m` only owns the counting body named right after it
    ("Seoul's National Intelligence Service", "Britain's Ministry of Defence"): the body, not
    the country, is then the clause's subject, and a later "their" cannot point at the
    country. An army or a government acts for its country, so only bodies that count."""
    after = text[m.end : m.end + 3]
    if not after.startswith(("'s ", "’s ")):
        return False
    words = text[m.end + 3 : m.end + 40].split()
    if words and words[0].lower() in _COUNTING_BODIES:
        return True
    body = next((n for n in mentions if n.start == m.end + 3), None)
    if body is None:
        return False
    entity = gazetteer.get(body.entity)
    return entity is not None and entity.kind != "country"
