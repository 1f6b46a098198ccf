"""A publication set before the sentence with its past month: "In its annual white paper in
July, the Defense Ministry said North Korea had sent more than 10,000 troops", "In a report
in March, the institute put the toll at 4,000". The fronted phrase dates the telling as "In
July, ..." does (`fronted_months`), only with the document named before its month, so what
the sentence tells is that month's account, background to the news. A month that is the
article's own ("In a report in May, ..." on a May page), or a phrase with no month ("In a
statement on Tuesday, ..."), moves nothing; so does "in" opening anything but a document
or a spoken account ("In the Kursk region in July, ..." is a place, left to the date rules)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.fronted_occasions import dated_before_clause

# What a fronted "In <its/a> ..." names when it names the telling itself.
PUBLICATIONS = frozenset(
    {"paper", "report", "statement", "interview", "speech", "address", "assessment", "review",
     "testimony", "article", "post", "letter", "briefing", "update", "bulletin", "estimate"}
)  # fmt: skip
_NOUN_REACH = 4  # "In its annual defence white paper"
_PHRASE_REACH = 10  # "In a report to parliament's defence committee in July,"


def fronted_publication(s: Sentence, first: int) -> bool:
    """Whether the sentence, from token `first`, opens with "In <publication> ... <past
    month>," before its clause."""
    if s.lowers[first] != "in":
        return False
    stop = min(s.end, first + 1 + _PHRASE_REACH)
    if PUBLICATIONS.isdisjoint(s.lowers[first + 1 : min(stop, first + 1 + _NOUN_REACH)]):
        return False  # nearly every "In ...": a place or a date, not a document
    return dated_before_clause(s, first, stop)
