"""Leaving a court or organisation a treaty founded: "formally left the International
Criminal Court" is a withdrawal from its founding treaty (see treaty_bodies), though no treaty
noun is written. Only a capitalised name's head counts: "left the court building" is no exit.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_bodies import BODY_HEADS

_NAME_REACH = 6  # "the International Criminal Court": a few capitalised words before the head


def leaves_a_body(s: Sentence, i: int) -> bool:
    """Whether the verb of leaving at `i` takes "the <Name> Court/Organization" as object."""
    first = i + 1
    if first >= s.end or s.lowers[first] != "the":
        return False
    for k in range(first + 1, min(s.end, first + 1 + _NAME_REACH)):
        if not s.texts[k][:1].isupper():
            return False  # the name has ended before any head: "left the Hague office"
        if s.lowers[k] in BODY_HEADS:
            return True
    return False
