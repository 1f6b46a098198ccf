"""The one asked is the next sentence's speaker: "At a briefing on Wednesday, spokeswoman
Maria Zakharova was asked about reports that 15,000 soldiers had been sent. She called the
figure a fake." A question put to a named person reports nothing itself, but its "she" or
"he" answer is that person's, so the answer's denial or claim is theirs.
"""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

_ASKED = frozenset({"asked", "questioned", "pressed"})
_BE = frozenset({"was", "were", "is", "has", "had", "been", "being"})
_REACH = 8  # "Foreign Ministry spokeswoman Maria Zakharova was asked"


def asked_person(s: Sentence) -> Claimant | None:
    """The named subject of "was asked", the clause's subject after any fronted phrase."""
    if _ASKED.isdisjoint(s.words):
        return None  # most sentences: no question put to anyone named
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in _ASKED or s.lowers[k - 1] not in _BE:
            continue
        be = k - 1
        while be - 1 > s.start and s.lowers[be - 1] in _BE:
            be -= 1  # "has been asked"
        first = max(s.start, be - _REACH)
        commas = [j for j in range(first, be) if s.lowers[j] == ","]
        start = commas[-1] + 1 if commas else first
        if be == start or not s.texts[be - 1][:1].isupper():
            return None  # the subject must end in a name right before "was asked"
        return name_claimant(s, start, be)
    return None
