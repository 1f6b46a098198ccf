"""The city a dateline names ("SEOUL, Nov 12 (Wire) - Kim ...") is where the story was
filed, not a party to anything the sentence after it tells."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DASHES = frozenset({"-", "--", "—", "–"})
_REACH = 10


def after_dateline(s: Sentence) -> int:
    """The first token after a dateline opening the sentence, else the sentence's start."""
    if not s.texts[s.start].isupper() or s.lowers[s.start + 1 : s.start + 2] not in (
        [","], ["/"]
    ):
        return s.start
    if not any(k in s.date_at for k in range(s.start + 1, min(s.end, s.start + 5))):
        return s.start
    for k in range(s.start + 2, min(s.end, s.start + _REACH)):
        if s.lowers[k] in _DASHES:
            return k + 1
    return s.start
