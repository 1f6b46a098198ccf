"""A loss word inside a fronted adverbial phrase sets the scene, it does not name what the
clause counts: in "After the heavy losses of the winter, the remaining force of about 6,000
soldiers was pulled back" the 6,000 are the troops left, not the dead. The phrase opens the
clause with a preposition of time or circumstance and its comma closes it before the figure's
own subject starts."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Prepositions that open a scene-setting phrase before the clause's subject.
_FRONTING = frozenset(
    {"after", "following", "despite", "amid", "since", "before", "given", "with"}
)  # fmt: skip


def in_fronted_phrase(s: Sentence, first: int, word: int, figure: int) -> bool:
    """Whether token `word` lies in a phrase that opens the clause at (or right after) `first`
    with a fronting preposition and that a comma closes before the figure at token `figure`."""
    # The preposition may itself be the clause break `first` starts after.
    opener = first - 1 if first > s.start and s.lowers[first - 1] in _FRONTING else first
    if s.lowers[opener] not in _FRONTING:
        return False  # nearly every clause
    return "," in s.lowers[word + 1 : figure]
