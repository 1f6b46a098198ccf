"""A signer named by a pronoun: "Putin flew in from Pyongyang, where he and Kim Jong Un signed
the treaty", "The minister said she had signed the accord with Seoul". The "he" or "she"
in the step's clause is the person named last before that clause in the same sentence, and
that person's state is a party, as if named in full."""

from __future__ import annotations

from bot.nlp.context import Sentence

_PERSONAL = frozenset({"he", "she"})
# "with him", "for her": an object pronoun is not the one acting on the treaty.
_PREPOSITIONS = frozenset({"with", "for", "to", "by", "from", "of", "on", "against"})


def pronoun_party(s: Sentence, first: int, verb: int) -> str | None:
    """The state of the person a subject "he"/"she" between `first` (the step's clause) and
    the stage word at `verb` stands for, or None."""
    if _PERSONAL.isdisjoint(s.words):
        return None  # most steps: one set test
    lowers = s.lowers
    pronoun = next(
        (k for k in range(first, verb) if lowers[k] in _PERSONAL
         and (k == s.start or lowers[k - 1] not in _PREPOSITIONS)),
        None,
    )  # fmt: skip
    if pronoun is None:
        return None
    # The one person named before the pronoun; with two ("Putin met Kim, and he signed")
    # "he" could be either, and neither is read.
    people = {f.entity for f in s.mentions_between(s.start, pronoun)
              if f.kind == "person" and f.end <= pronoun}  # fmt: skip
    if len(people) != 1:
        return None
    person = people.pop()
    party = s.gazetteer.actor_of(person)
    return None if party == person else party
