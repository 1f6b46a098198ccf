"""A treaty named with "signed" right after it describes the treaty, not a new signing:
"How a treaty signed in Pyongyang turned a pariah into ...", "the pact signed in Helsinki
still binds both sides". The participle is a reduced relative clause ("a treaty that was
signed"), so the signing is the treaty's history; a weekday date still makes it news (see
`weekday_signings`). Only after an article and a word that always names a treaty: bare
"Treaty signed in Pyongyang" is a headline's passive, and "the deal signed in Doha" is as
often a company's contract."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import NEEDS_STATES, TREATY_NOUNS

_TREATIES = TREATY_NOUNS - NEEDS_STATES
_ARTICLES = frozenset({"a", "an", "the"})


def signed_after_treaty(s: Sentence, start: int) -> bool:
    """Whether the "signed" at `start` directly follows "a treaty", "the pact" and the like."""
    noun = start - 1
    return (
        noun - 1 >= s.start
        and s.lowers[noun] in _TREATIES
        and s.lowers[noun - 1] in _ARTICLES
    )
