"""Plans told by the words before a figure rather than by a future tense: an infinitive after
a word of intent or command ("agreed to buy four systems ... for 1.3 billion euros"), and a
budget asked for ("has requested a record ¥8.5 trillion budget"). `modality` reads them."""

from __future__ import annotations

from bot.nlp.be_to_plans import be_to, passive_plan
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.goal_figures import goal_set
from bot.nlp.lexicon import FUTURE_MARKERS

_INTENT_WORDS = frozenset(
    {"agreed", "agrees", "agree", "decided", "decides", "ordered", "orders", "instructed",
     "directed", "asked", "vowed", "vows", "voted", "votes", "seeks", "sought", "hopes",
     "approved", "authorised", "authorized", "wants", "hope", "hoped", "hoping", "aim",
     "aimed", "aiming"}
)  # fmt: skip
# Words after "to" that are no infinitive ("to the front", "to Russia").
_NOT_VERBS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "date", "about", "around", "some",
     "be"}
)  # fmt: skip
_SOUGHT = frozenset({"requested", "requests", "request", "proposed", "proposes", "propose",
                     "seeks", "sought", "seek", "drafted", "drafts"})  # fmt: skip


def budget_sought(s: Sentence, first: int, f: Figure) -> bool:
    """"The ministry has requested a record ¥8.5 trillion budget": a budget asked for or
    proposed is not yet spent."""
    return (
        f.category == "money" and s.lowers[f.end : f.end + 1] == ["budget"]
        and not _SOUGHT.isdisjoint(s.lowers[first : f.start])
    )  # fmt: skip


def intended(s: Sentence, first: int, before: int) -> bool:
    """"agreed to buy four systems ... for 1.3 billion euros", "ordered the army to grow by
    180,000 troops": an infinitive after a word of intent or command, anywhere before the
    figure in its clause."""
    if goal_set(s, first, before):
        return True  # "The goal is 300,000 soldiers by 2035": a figure still to be reached
    if "to" not in s.lowers[first : before - 1]:
        return False  # most clauses: no infinitive, told by one scan in C
    for j in range(first, before - 1):
        if s.lowers[j] != "to" or not s.lowers[j + 1].isalpha() or j + 1 in s.mention_at:
            continue
        if s.lowers[j + 1] in _NOT_VERBS and not passive_plan(s, j):
            continue  # "to the front"; but "is to be increased to" plans (`be_to_plans`)
        window = s.lowers[max(first, j - 4) : j]
        if any(w in FUTURE_MARKERS or w in _INTENT_WORDS for w in window) or be_to(s, j):
            return True  # "agreed to buy", and "are to grow to" (`be_to_plans`)
    return False
