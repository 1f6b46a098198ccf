""""Disputes over palm oil", "a dispute between the two capitals": "dispute" followed by
"over" or "between" is the noun, a quarrel, never the verb of denial ("Moscow disputes the
figure" takes its object at once). Read as the verb it made the words before it a denying
source ("negotiations that began in 2016 and survived long disputes over ...")."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DISPUTES = frozenset({"dispute", "disputes"})
_NOUN_AFTER = frozenset({"over", "between"})


def noun_dispute(s: Sentence, i: int) -> bool:
    """Whether the word at `i` is "dispute(s)" used as a noun: "disputes over ..."."""
    return s.lowers[i] in _DISPUTES and i + 1 < s.end and s.lowers[i + 1] in _NOUN_AFTER
