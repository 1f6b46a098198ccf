"""A bare number after "another" or "a further", in the sentence of the count it adds to:
"About 3,000 troops have moved to the border, and another 9,000 are still training". The
word says the number counts more of the same, whatever the clause goes on to say of them."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence

_ADDING = frozenset({"another", "further"})


def adds_to_last(s: Sentence, q_start: int, previous: Quantity) -> bool:
    """Whether the bare number starting (with its qualifier) at `q_start` is more of the
    count `previous`, told earlier in the same sentence."""
    if q_start <= s.start or s.lowers[q_start - 1] not in _ADDING:
        return False
    if s.lowers[q_start - 1] == "further" and (
        q_start - 2 < s.start or s.lowers[q_start - 2] != "a"
    ):
        return False  # "further 9,000": no count, another sense of the word
    return previous.sentence == s.text and previous.value is not None
