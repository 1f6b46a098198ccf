"""A reporting word right after a comma-enclosed appositive of a named subject:
"The HUR, Ukraine's military intelligence agency, estimates that ...". The appositive
glosses the name, so the word after its closing comma is the subject's verb, as it would be
right after the name. Words that are also nouns ("estimates", "reports", "claims") are
otherwise read as nouns after a comma ("..., the HUR, reports from the front"), so the word
must not be followed by what follows such a noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

_MAX_ASIDE = 8  # tokens between the commas: "Ukraine's military intelligence agency"
# After these the reporting word is a noun: "reports of", "estimates by", "claims and".
_NOUN_FOLLOWERS = frozenset(
    {"of", "by", "from", "on", "about", "and", "or", ",", ".", ";", ":", "in", "for", "to",
     "were", "was", "are", "is", "have", "had", "has", "say", "said", "suggest", "show"}
)  # fmt: skip


def after_named_aside(s: Sentence, verb: int) -> bool:
    """Whether `verb` follows ", <aside>," that glosses a named subject before it."""
    close = verb - 1
    if close - 2 <= s.start or s.lowers[close] != ",":
        return False  # nearly every word: one comparison
    if verb + 1 < s.end and s.lowers[verb + 1] in _NOUN_FOLLOWERS:
        return False
    return named_aside_opening(s, close) is not None


def named_aside_opening(s: Sentence, close: int, *, proper: bool = False) -> int | None:
    """The opening comma of ", <aside>," closing at the comma `close` when the aside glosses
    a name right before it ("the State Duma, Russia's lower house of parliament,"); None
    otherwise. With `proper`, any capitalised word counts as the name ("the Lok Sabha,"),
    not only a known mention."""
    opening = close - 1
    while opening > max(s.start, close - 1 - _MAX_ASIDE) and s.lowers[opening] != ",":
        if s.lowers[opening] in {";", ":", "(", ")", '"', "“", "”"}:
            return None
        opening -= 1
    if s.lowers[opening] != "," or opening == close - 1 or opening <= s.start:
        return None
    # "The HUR, <description>,": a name ends at the opening comma, and the description is
    # an ordinary noun phrase ending in a lowercase head noun ("agency", "think tank").
    head = s.texts[close - 1]
    name = opening - 1 in s.mention_at or (proper and s.texts[opening - 1][:1].isupper())
    named = name and head.isalpha() and head.islower()
    return opening if named else None
