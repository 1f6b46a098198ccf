"""The city a dateline names ("SEOUL, Nov 12 (Wire) - Kim ...") is where the story was
filed, not a party to anything the sentence after it tells."""

from __future__ import annotations

from bot.nlp.context import Sentence

_DASHES = frozenset({"-", "--", "—", "–"})
# "WONSAN, North Korea/SEOUL, July 12 (Wire) -": a joint dateline ("/") names a second city,
# with a country after the first, so the date may come seven tokens in and the dash thirteen.
# Without the slash, a date that far in is the sentence's own ("NARVA, Estonia and Latvia on
# Tuesday, May 5, joined ...").
_DATE_REACH = 5
_JOINT_DATE_REACH = 8
_REACH = 10
_JOINT_REACH = 14


def after_dateline(s: Sentence) -> int:
    """The first token after a dateline opening the sentence, else the sentence's start."""
    if not s.texts[s.start].isupper() or s.lowers[s.start + 1 : s.start + 2] not in (
        [","], ["/"]
    ):
        return s.start
    joint = "/" in s.lowers[s.start + 1 : s.start + _DATE_REACH]
    reach = _JOINT_DATE_REACH if joint else _DATE_REACH
    if not any(k in s.date_at for k in range(s.start + 1, min(s.end, s.start + reach))):
        return s.start
    for k in range(s.start + 2, min(s.end, s.start + (_JOINT_REACH if joint else _REACH))):
        if s.lowers[k] in _DASHES:
            return k + 1
    return s.start
