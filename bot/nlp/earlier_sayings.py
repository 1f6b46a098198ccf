"""A claim its source "said earlier": "Budanov said earlier that North Korea had sent about
3,000 more", "the ministry reported earlier that ...". The bare adverb right after the
verb puts the claim before the article's news, so its figures are history the story recalls.
"said earlier on Monday" / "earlier today" name the same news day and stay reported, and
"earlier" elsewhere in the sentence ("arrived earlier than planned") dates no claim."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SAYING = frozenset(
    {"said", "stated", "reported", "claimed", "estimated", "announced", "noted", "wrote",
     "told", "informed", "indicated", "asserted", "alleged"}
)  # fmt: skip
# What may follow "earlier" for the verb to open its claim at once.
_OPENERS = frozenset({"that", ","})


def said_earlier(s: Sentence, f: Figure) -> bool:
    """True when the figure follows "<verb of saying> earlier that" / "earlier," in its
    sentence."""
    if "earlier" not in s.words:
        return False  # nearly every sentence
    for k in range(s.start + 1, min(f.start, s.end - 1)):
        if s.lowers[k] == "earlier" and s.lowers[k - 1] in _SAYING and (
            s.lowers[k + 1] in _OPENERS
        ):
            return True
    return False
