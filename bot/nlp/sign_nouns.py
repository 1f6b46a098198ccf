""""Sign" as a noun: "the agreement was a sign that the company wanted a foothold", "the
first signs of a thaw", "a clear sign of intent". After an article or adjective and before
"that" or "of", the word names an indication, not anyone signing anything; read as a verb
it made an agreement named earlier look signed again.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_NOUN_SIGNS = frozenset({"sign", "signs"})
_AFTER = frozenset({"that", "of"})
# Words that leave "sign" a noun when they stand right before it.
_BEFORE = frozenset(
    {"a", "the", "another", "clear", "clearest", "first", "further", "strong", "strongest",
     "positive", "early", "encouraging", "worrying", "no", "any", "every", "all", "some",
     "few", "more", "tentative", "latest", "new", "signal", "telling", "sure", "hopeful"}
)  # fmt: skip


def sign_noun(s: Sentence, i: int) -> bool:
    """Whether the "sign" at token i is the noun of "a sign that" / "signs of"."""
    if s.lowers[i] not in _NOUN_SIGNS or i + 1 >= s.end:
        return False
    # "the clearest sign yet of a rift": "yet" may stand between the noun and its "of".
    after = s.lowers[i + 2] if s.lowers[i + 1] == "yet" and i + 2 < s.end else s.lowers[i + 1]
    if after not in _AFTER:
        return False
    return i > s.start and s.lowers[i - 1] in _BEFORE
