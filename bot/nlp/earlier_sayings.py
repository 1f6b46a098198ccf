"""A claim its source "said earlier": "Budanov said earlier that North Korea had sent about
3,000 more", "the ministry reported earlier that ...". The bare adverb right after the
verb puts the claim before the article's news, so its figures are history the story recalls.
"said earlier this month that" / "saying earlier this week that" date the claim before the
news as surely (the news would not say "earlier"); "said earlier on Monday" / "earlier today"
name the same news day and stay reported, and
"earlier" elsewhere in the sentence ("arrived earlier than planned") dates no claim. So does
"last year" right after the verb ("the institute estimated last year that ..."): a claim a
year old is history whatever the subject's length ("X (X), a think tank in Seoul, estimated
last year that"), where the date rules may lose the verb behind the aside. A source that
"recalled that" / "reminded that" tells, by the verb itself, what came before the news
("Shoigu recalled that several thousand soldiers had fought"), while "recalled 2,000
troops" withdraws them, and "recalled that it has ordered 290 so far" or "that the pact
has 23 articles" tells what still stands: only a clause in the past tense is history."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SAYING = frozenset(
    {"said", "stated", "reported", "claimed", "estimated", "announced", "noted", "wrote",
     "told", "informed", "indicated", "asserted", "alleged",
     # "with Zelensky saying earlier this month that ...": the participle tells the same
     "saying", "stating", "reporting", "claiming", "estimating", "announcing", "noting"}
)  # fmt: skip
# "earlier this month that": a stretch of the calendar already partly gone, never the news day.
_THIS_SPANS = frozenset({"week", "month", "year"})
# Verbs that, opening a "that" clause, tell its claim as history.
_RECALLING = frozenset({"recalled", "recalls", "recalling", "reminded", "reminds"})
# What may follow "earlier" for the verb to open its claim at once.
_OPENERS = frozenset({"that", ","})


def said_earlier(s: Sentence, f: Figure) -> bool:
    """True when the figure follows "<verb of saying> earlier that" / "earlier," in its
    sentence."""
    words = s.words
    if _RECALLING.isdisjoint(words):
        if "earlier" not in words and "last" not in words:
            return False  # nearly every sentence
    elif _recalled_that(s, f):
        return True
    lowers = s.lowers
    for k in range(s.start + 1, min(f.start, s.end - 1)):
        if lowers[k - 1] not in _SAYING:
            continue
        if lowers[k] == "earlier" and lowers[k + 1] in _OPENERS:
            return True
        if lowers[k : k + 2] == ["earlier", "this"] and _this_span_opens(lowers, k + 2):
            return True
        # "estimated last year that": only the year, since "said last week that" often
        # tells the news of a weekly story.
        if lowers[k : k + 2] == ["last", "year"] and lowers[k + 2 : k + 3] == ["that"]:
            return True
    return False


def _this_span_opens(lowers: list[str], k: int) -> bool:
    """Whether "week"/"month"/"year" at `k` opens the claim: "this month that", "this year,"."""
    return len(lowers) > k + 1 and lowers[k] in _THIS_SPANS and lowers[k + 1] in _OPENERS


def _recalled_that(s: Sentence, f: Figure) -> bool:
    """True when a recalling verb right before "that" opens the figure's clause."""
    lowers = s.lowers
    for k in range(s.start, min(f.start, s.end) - 1):
        if lowers[k] in _RECALLING and lowers[k + 1] == "that":
            # Only a clause told in the past ("had taken part"): "recalled that so far
            # Poland has ordered 290" is a standing total and "that the treaty consists of
            # 23 articles" a standing fact, both still news.
            told = lowers[k + 2 : min(s.end, f.end + _TENSE_REACH)]
            return not _PAST.isdisjoint(told) and _STANDING.isdisjoint(told)
    return False


_PAST = frozenset({"had", "was", "were"})
# A running total's words in the recalled clause.
_STANDING = frozenset({"so", "now"})
_TENSE_REACH = 4  # "several thousand DPRK servicemen had"
