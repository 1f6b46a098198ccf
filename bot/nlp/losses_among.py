"""Losses counted "among" a side's soldiers are that side's: "Casualties among the North
Korean troops have risen to about 3,600", "deaths among Russian conscripts passed 1,000".
"Among" usually places a figure (a name after it is where, or a group it is one of); after
a noun of loss it says whose ranks the losses came from, as "North Korean casualties" would."""

from __future__ import annotations

from bot.nlp.context import Sentence

_LOSS_NOUNS = frozenset({"casualties", "losses", "deaths", "dead", "fatalities"})
_AMONG = frozenset({"among", "amongst"})


def losses_among(s: Sentence, before: int, category: str) -> bool:
    """Whether token `before` is an "among" right after a noun of loss and the figure counts
    casualties, so the demonym after "among" names whose they are."""
    if category != "casualty" or before <= s.start or s.lowers[before] not in _AMONG:
        return False
    return s.lowers[before - 1] in _LOSS_NOUNS
