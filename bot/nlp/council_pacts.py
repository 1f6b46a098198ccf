"""A pact a town's council votes on: "the Moscow City Council voted to ratify a water-sharing
agreement with Pullman", "Moscow council ratifies water pact", "the agreement, which
Pullman's council approved". Towns ratify and approve their own agreements with the verbs
states use, and a town may share its name with a capital that stands for a state
("Moscow", Idaho); but a state's treaty is voted on by its parliament, never by a city or
town council, so a council of a place is a town's pact, not news of a treaty.

"The Federation Council voted to ratify the treaty", "the EU Council approved the pact" and
"Russia's Security Council" name a state's bodies and stay treaty steps.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

# "city council", "town council": the council of a place, in so many words.
_LOCAL = frozenset(
    {"city", "town", "county", "municipal", "village", "borough", "township", "parish"}
)  # fmt: skip
_COUNCILS = frozenset({"council", "councils"})
# "The Moscow City Council voted 6-0 on Monday night to ratify a 30-year agreement", "the
# agreement, which Pullman's council approved": the council stands well before the pact or
# after it, in a relative clause.
_REACH = 20


def council_pact(s: Sentence, trigger: int) -> bool:
    """Whether a town's council acts on the pact at `trigger` (above)."""
    if _COUNCILS.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    start, stop = max(s.start + 1, trigger - _REACH), min(s.end, trigger + _REACH)
    return any(s.lowers[k] in _COUNCILS and _local_council(s, k) for k in range(start, stop))


def _local_council(s: Sentence, k: int) -> bool:
    before = s.lowers[k - 1]
    if before in _LOCAL:
        return True  # "the Moscow City Council"
    if before in {"'s", "’s"}:
        # "Pullman's council": a place's council, unless the place is a state's name.
        return k - 2 >= s.start and k - 2 not in s.mention_at and s.texts[k - 2][:1].isupper()
    found = s.mention_at.get(k - 1)
    # "Moscow council": a capital standing for its state, named for its own council.
    return (
        found is not None
        and found.end == k
        and not (found.adjectival or found.possessive)
        and found.surface != found.entity
        and " " not in found.surface
        and not found.surface.isupper()
    )
