"""Deals a writer counts off in the past tense are the story's history: "The first contract,
for 180 tanks, was worth about $3.4 billion; the second, signed last August, another $6.5
billion". Numbering deals ("the first", "the second") recaps a series already signed; the
deal the story is about is told with its day ("signed on Thursday a contract worth") or in
the present ("the first contract ... is worth"). The elided clause after a semicolon ("the
second, ..., another $6.5 billion") goes on with the series. The sentence must count at
least two deals off: "The first orders under those deals were worth $900 million" after a
news sentence prices that news. A part that names a news day ("signed on Thursday",
"today") is news and is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import WEEKDAYS

_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "original", "initial"})
_DEALS = frozenset({"contract", "deal", "order", "tranche", "package"})
_PAST_BE = frozenset({"was", "were"})
_NEWS_DAYS = WEEKDAYS | {"today", "yesterday", "tonight"}
# "the first K2 contract", "the first executive contract": words between ordinal and noun.
_NOUN_REACH = 3


def ordinal_deal(s: Sentence, f: Figure) -> bool:
    """Whether `f` prices a numbered deal told in the past tense, or the elided next one."""
    if f.category != "deal" and f.category != "money":
        return False
    if _ORDINALS.isdisjoint(s.words) or _PAST_BE.isdisjoint(s.words):
        return False  # nearly every sentence
    if len(_ORDINALS & s.words) < 2:
        return False  # "The first orders under those deals were worth": no series counted
    lo, hi = _part(s, f.start)
    if not _NEWS_DAYS.isdisjoint(s.lowers[lo:hi]):
        return False
    if _past_frame(s, lo, f.start):
        return True
    # "; the second, signed last August, another $6.5 billion": the series goes on.
    return (
        lo > s.start
        and s.lowers[lo : lo + 2] in (["the", o] for o in _ORDINALS)
        and _PAST_BE.isdisjoint(s.lowers[lo : f.start])
        and _past_frame(s, _part(s, lo - 2)[0], lo - 1)
    )


def _part(s: Sentence, i: int) -> tuple[int, int]:
    """Tokens between the semicolons around token i."""
    lo = i
    while lo > s.start and s.lowers[lo - 1] != ";":
        lo -= 1
    hi = i
    while hi < s.end and s.lowers[hi] != ";":
        hi += 1
    return lo, hi


def _past_frame(s: Sentence, lo: int, before: int) -> bool:
    """"the <ordinal> ... <deal noun> ... was" within tokens [lo, before)."""
    lowers = s.lowers
    for k in range(lo, before - 1):
        if lowers[k] != "the" or lowers[k + 1] not in _ORDINALS:
            continue
        noun = next((j for j in range(k + 2, min(before, k + 3 + _NOUN_REACH))
                     if lowers[j] in _DEALS), None)  # fmt: skip
        if noun is not None and not _PAST_BE.isdisjoint(lowers[noun + 1 : before]):
            return True
    return False
