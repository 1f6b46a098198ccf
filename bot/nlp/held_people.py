"""People said to be "held" by the other side are captives, whatever the story's soldiers:
"Kyiv says more than 10,000 Ukrainians, civilians among them, are held in Russia." Captivity
counts civilians with soldiers, and reports give such counts as people.

"held" alone is too common ("held talks", "held the line", "held in reserve"): only "held"
followed by "in" or "by" (a place or a captor), or by "captive", "hostage", "prisoner", counts,
and an aside right after the people's name (", civilians among them,") is stepped over."""

from __future__ import annotations

from bot.nlp.context import Sentence

_HELD = frozenset({"held", "holds", "holding"})
_AFTER_HELD = frozenset({"in", "by", "captive", "hostage", "hostages", "prisoner", "prisoners"})
_NOT_CAPTIVITY = frozenset({"reserve", "check", "place", "position", "positions"})
_ASIDE_REACH = 8  # ", some of them aid workers,": the aside and its closing comma
_HELD_REACH = 5  # "Ukrainians are still being held in Russia"


def held_after(s: Sentence, at: int) -> bool:
    """Whether the people counted up to token `at` are said just after to be held (in a
    place, by a captor, captive)."""
    if at < 0 or _HELD.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    k = _past_aside(s, at)
    for j in range(k, min(s.end - 2, k + _HELD_REACH)):
        if s.lowers[j] in _HELD:
            after = s.lowers[j + 1]
            return after in _AFTER_HELD and s.lowers[j + 2] not in _NOT_CAPTIVITY
    return False


def _past_aside(s: Sentence, at: int) -> int:
    """The token after an aside opening at `at` (", civilians among them,"), or `at`."""
    if at >= s.end or s.lowers[at] != ",":
        return at
    for j in range(at + 1, min(s.end, at + _ASIDE_REACH)):
        if s.lowers[j] == ",":
            return j + 1
    return at
