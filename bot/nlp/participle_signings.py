"""A treaty named with "signed" right after it describes the treaty, not a new signing:
"How a treaty signed in Pyongyang turned a pariah into ...", "the pact signed in Helsinki
still binds both sides". The participle is a reduced relative clause ("a treaty that was
signed"), so the signing is the treaty's history; a weekday date still makes it news (see
`weekday_signings`). A treaty's capitalised name may stand between the two ("the Mutual
Defence Treaty signed in ..."). Only after an article and a word that always names a
treaty: bare "Treaty signed in Pyongyang" is a headline's passive, and "the deal signed in
Doha" is as often a company's contract."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import NEEDS_STATES, TREATY_NOUNS

_TREATIES = TREATY_NOUNS - NEEDS_STATES
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_NAME = 6  # words of a treaty's name: "Comprehensive Strategic Partnership"


def signed_after_treaty(s: Sentence, start: int) -> bool:
    """Whether the "signed" at `start` directly follows "a treaty", "the pact" and the like."""
    noun = start - 1
    if noun - 1 < s.start or s.lowers[noun] not in _TREATIES:
        return False  # nearly every "signed": one set test
    k = noun - 1
    # "the Comprehensive Strategic Partnership Treaty signed by ...": a treaty's capitalised
    # name between the article and its noun still makes the participle describe it.
    if s.texts[noun][:1].isupper():
        while k > s.start and noun - k <= _MAX_NAME and s.texts[k][:1].isupper():
            k -= 1
    return s.lowers[k] in _ARTICLES
