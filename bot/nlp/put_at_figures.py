"""A later source that "puts" something "at" a number gives a figure of its own: "around
4,000 had been killed, while Ukraine's military intelligence puts the deployment at about
12,000". Like "says 12,000" or "said that ...", the verb opens its own account, so it speaks
of its own number and not of the figure told before it (claim_choice.py).

Only "put"/"place"/"peg" with "at" and a number a few words on: "puts the deployment at
about 12,000". A source that "put it differently" gives no figure and may still vouch for the
one before it."""

from __future__ import annotations

from bot.nlp.lexicon import NUMBER_WORDS

_PUTTING = frozenset({"put", "puts", "places", "placed", "pegs", "pegged"})
_OBJECT_REACH = 6  # "puts the size of the deployment at"
# Words that may stand between "at" and its number: "at about 12,000", "at more than 12,000".
_BEFORE_NUMBER = frozenset({"about", "around", "some", "roughly", "nearly", "almost", "more",
                            "less", "fewer", "than", "up", "to", "least", "as", "many", "over",
                            "just", "under", "approximately", "between"})  # fmt: skip


def puts_own_figure(verb: int, lowers: list[str]) -> bool:
    """Whether the cue verb at `verb` is "puts ... at <number>"."""
    if lowers[verb] not in _PUTTING:
        return False
    for k in range(verb + 1, min(len(lowers), verb + 2 + _OBJECT_REACH)):
        if lowers[k] in {".", ";", "that"}:
            return False
        if lowers[k] != "at":
            continue
        for j in range(k + 1, min(len(lowers), k + 5)):
            word = lowers[j]
            if word[:1].isdigit() or word in NUMBER_WORDS:
                return True
            if word not in _BEFORE_NUMBER:
                return False
        return False
    return False
