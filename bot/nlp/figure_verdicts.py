"""A verdict whose subject names the figures just told, with an aside before its verb:
'Such "figures", which their authors change every few months, are nothing but sheer lies',
"These fabricated figures, whispered to lawmakers behind closed doors, are nothing but a
clumsy farce". `verdicts.opens_verdict` reads "This is a lie" and "These claims are pure
fiction"; state copy puts the figures in scare quotes, scorns them with an adjective and
tells, in a relative clause or participle set off by commas, where they came from, before
the verdict. The sentence is still a verdict on the figures told before it, as
`back_verdicts` reads it.

"These figures, which the ministry released on Monday, are the highest yet" has no verdict
and is left alone."""

from __future__ import annotations

from bot.nlp.context import QUOTES, Sentence
from bot.nlp.verdicts import VERDICT_NOUNS

_POINTERS = frozenset({"these", "those", "such"})
# What the pointer names: the figures, estimates or claims the sentences before told.
_TOLD_NOUNS = frozenset(
    {"figure", "figures", "number", "numbers", "estimate", "estimates", "data", "statistics",
     "claim", "claims", "report", "reports", "allegation", "allegations", "tally", "toll"}
)  # fmt: skip
# Adjectives that may stand before the noun; those that already call it untrue make any
# "nothing but ..." after them a verdict.
_UNTRUE = frozenset({"fabricated", "false", "bogus", "fake", "invented", "concocted", "so-called"})
_ADJECTIVES = _UNTRUE | frozenset({"new", "latest", "absurd", "ridiculous", "wild"})
_ASIDE_REACH = 30  # tokens of a ", which ... ," or ", whispered ... ," aside
_BE = frozenset({"is", "are", "was", "were"})
_FILLERS = QUOTES | frozenset(
    {"nothing", "but", "a", "an", "pure", "sheer", "utter", "clumsy", "crude", "shameless",
     "absurd", "malicious", "mere", "just", "only", "no", "more", "than", "outright"}
)  # fmt: skip
# "... are nothing but slander": one noun more than the shared verdict nouns.
_VERDICTS = VERDICT_NOUNS | {"slander"}


def figure_verdict(s: Sentence) -> bool:
    """Whether the sentence opens '(Such|These) ("figures"), <aside>, are nothing but lies'."""
    lowers, end = s.lowers, s.end
    k = s.start
    if k >= end or lowers[k] not in _POINTERS or _TOLD_NOUNS.isdisjoint(s.words):
        return False  # nearly every sentence: one lookup
    k += 1
    untrue = False
    while k < end and (lowers[k] in QUOTES or lowers[k] in _ADJECTIVES):
        untrue = untrue or lowers[k] in _UNTRUE
        k += 1
    if k >= end or lowers[k] not in _TOLD_NOUNS:
        return False
    k += 1
    while k < end and lowers[k] in QUOTES:
        k += 1
    if k < end and lowers[k] == ",":  # the aside, up to its closing comma
        close = next((j for j in range(k + 1, min(end, k + _ASIDE_REACH)) if lowers[j] == ","),
                     None)  # fmt: skip
        if close is None:
            return False
        k = close + 1
    if k >= end or lowers[k] not in _BE:
        return False
    k += 1
    nothing_but = lowers[k : k + 2] == ["nothing", "but"]
    while k < end and lowers[k] in _FILLERS:
        k += 1
    return k < end and (lowers[k] in _VERDICTS or (untrue and nothing_but))
