"""States tied to a second treaty in the sentence ("a clause of the kind found in Moscow's
pact with Pyongyang"): they are that pact's parties, compared with, not this treaty's."""

from __future__ import annotations

from bot.nlp.context import Sentence


def other_pact_parties(s: Sentence, trigger: int, nouns: frozenset[str]) -> set[int]:
    """Start tokens of mentions owning ("Moscow's pact") or joined by "with" to ("pact with
    Pyongyang") a treaty noun other than `trigger`."""
    owned: set[int] = set()
    for noun in s.positions(nouns):
        if noun == trigger:
            continue
        owner = s.mention_at.get(noun - 1) or s.mention_at.get(noun - 2)
        if owner is not None and owner.possessive and owner.end in {noun, noun - 1}:
            owned.add(owner.start)
        j = noun + 1
        if j < s.end and s.lowers[j] == "with":
            # "pact with Iran and North Korea": every state of the coordinated object.
            j += 1
            while j < s.end and (j in s.mention_at or s.lowers[j] in {"and", ","}):
                if j in s.mention_at:
                    owned.add(s.mention_at[j].start)
                    j = s.mention_at[j].end
                else:
                    j += 1
    return owned
