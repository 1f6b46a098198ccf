"""A counted group joined with an uncounted one shares its fate: "more than 460 patients and
their companions were shot dead", "20 miners and two rescuers were killed" is told by the
shared verb. The fate is looked for right after the counted noun, so the joined group ("and
their companions") is stepped over first."""

from __future__ import annotations

from bot.nlp.context import Sentence

_OPENERS = frozenset({"their", "its", "his", "her", "other", "the"})


def past_joined(s: Sentence, k: int) -> int:
    """`k`, or the position after "and <their> <noun>" starting at `k`."""
    joined = k + 2 < s.end and s.lowers[k] == "and" and s.lowers[k + 1] in _OPENERS
    return k + 3 if joined and s.texts[k + 2].isalpha() and s.texts[k + 2].islower() else k
