"""A claim its source "said earlier": "Budanov said earlier that North Korea had sent about
3,000 more", "the ministry reported earlier that ...". The bare adverb right after the
verb puts the claim before the article's news, so its figures are history the story recalls.
"said earlier on Monday" / "earlier today" name the same news day and stay reported, and
"earlier" elsewhere in the sentence ("arrived earlier than planned") dates no claim. So does
"last year" right after the verb ("the institute estimated last year that ..."): a claim a
year old is history whatever the subject's length ("X (X), a think tank in Seoul, estimated
last year that"), where the date rules may lose the verb behind the aside."""

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
    words = s.words
    if "earlier" not in words and "last" not in words:
        return False  # nearly every sentence
    lowers = s.lowers
    for k in range(s.start + 1, min(f.start, s.end - 1)):
        if lowers[k - 1] not in _SAYING:
            continue
        if lowers[k] == "earlier" and lowers[k + 1] in _OPENERS:
            return True
        # "estimated last year that": only the year, since "said last week that" often
        # tells the news of a weekly story.
        if lowers[k : k + 2] == ["last", "year"] and lowers[k + 2 : k + 3] == ["that"]:
            return True
    return False
