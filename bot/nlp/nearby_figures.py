"""A count of troops, then word of their losses, then a source's bare "that 300 had been
killed": "U.S. officials put the number at 11,000. They have taken heavy losses. The NIS
said that about 300 had been killed". The writer's "losses" between the two ties the dead to
the troops just counted. Without it ("Minsk has sent 300 soldiers to the border. Kyiv said
that 12 had been killed.") the dead may be anyone's, and the bare number is left unread."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.models import Quantity
from bot.nlp.context import Sentence

# Sentences allowed between the troops' and this one: the one that tells of their losses.
_BETWEEN = 1
_LOSS_WORDS = frozenset({"losses", "casualties", "toll", "losing", "lost", "bloodied"})


def losses_told_since(s: Sentence, previous: Quantity, number: int) -> bool:
    """Whether `previous` ends before sentence s, at most one sentence between, and the
    words from it to token `number` speak of losses."""
    tokens = s.tokens
    if previous.end > tokens.idxs[s.start]:
        return False  # told in this sentence or after it: not "before"
    told = bisect_left(tokens.idxs, previous.end)
    if _LOSS_WORDS.isdisjoint(tokens.lowers[told:number]):
        return False  # the common case: no word of losses between
    starts = [a for a, _ in tokens.sentences]
    first, last = bisect_right(starts, told), bisect_left(starts, s.start)
    between = [
        (a, b) for a, b in tokens.sentences[first:last]
        if not all(t.isspace() for t in tokens.texts[a:b])
    ]  # fmt: skip
    return len(between) <= _BETWEEN
