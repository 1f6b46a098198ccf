"""A document opening the sentence as its subject, dated by a participle aside: "The
Defense Ministry's annual white paper, published in July, said Pyongyang had sent about
14,000 troops". The aside dates the telling as a fronted "In its white paper in July, ..."
does (fronted_publications.py), so what the sentence tells is that month's account,
background to a September story. A month that is the article's own ("released in May" on a
May page), or an aside with no month ("released on Tuesday"), moves nothing."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.fronted_occasions import dated_before_clause
from bot.nlp.fronted_publications import PUBLICATIONS

_PARTICIPLES = frozenset({"published", "released", "issued", "presented", "submitted"})
_SUBJECT_REACH = 10  # "The Defense Ministry's annual defence white paper ,"
_ASIDE_REACH = 8  # "published by the ministry in late July ,"


def published_subject(s: Sentence, first: int) -> bool:
    """Whether the sentence, from token `first`, opens with a document noun phrase and a
    ", <published> ... <past month>," aside before its verb."""
    if _PARTICIPLES.isdisjoint(s.words) or PUBLICATIONS.isdisjoint(s.words):
        return False  # nearly every sentence: two scans in C
    comma = next((k for k in range(first + 1, min(s.end, first + _SUBJECT_REACH))
                  if s.lowers[k] == ","), None)  # fmt: skip
    if comma is None or s.lowers[comma - 1] not in PUBLICATIONS:
        return False
    if comma + 1 >= s.end or s.lowers[comma + 1] not in _PARTICIPLES:
        return False
    return dated_before_clause(s, comma + 1, min(s.end, comma + 2 + _ASIDE_REACH))
