"""Figures the next sentence brands untrue: 'the spy agency floated a "briefing", claiming
that about 2,600 soldiers were killed and that some 10,500 remain in Russia.' then 'A KCNA
commentary released on the same day branded the "figures" a sheer fabrication.' The second
sentence names the first one's figures by a definite noun ("the figures", "such claims")
and calls them untrue: they are the brander's denial, as "X called claims that N ... a
fabrication" is in one sentence (dismissals.py), not news the page vouches for.

Only the sentence right before, only its figures no source tells (a source's figure stays its
claim, the rejection news of its own), and only a brander that
is the subject of an active verb of judging with a verdict word after the noun ("branded the
figures a fabrication"); "the figures were branded ..." with no brander is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.refused_reports import VERDICTS

_JUDGING = r"branded|called|dismissed|labell?ed|denounced|described|rejected"
_NOUNS = r"figures|numbers|claims|reports|allegations|estimates|data|assertions"
_BRANDED = re.compile(
    rf"(?P<subject>[A-Z][^,;:\"“]{{0,80}}?)\s(?:{_JUDGING})\s(?:the|these|those|such)\s"
    rf"[\"'“‘]?(?:{_NOUNS})[\"'”’]?\s(?P<rest>[^.;]{{0,80}})"
)
_WORD = re.compile(r"[a-z]+")
_VERDICT_WORDS = 6  # "a sheer fabrication cooked up": the verdict soon after the noun
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


def branded_figures(
    text: str, mentions: list[Mention], quantities: list[Quantity]
) -> list[Quantity]:
    """The quantities, those of a sentence the next one brands untrue denied by its brander."""
    if not any(v in text for v in ("brand", "call", "dismiss", "label", "denounc", "describ",
                                   "reject")):
        return quantities  # fmt: skip
    out: list[Quantity] = []
    for q in quantities:
        # A figure a source tells stays that source's claim; only one the page relays
        # with no source ("floated a briefing, claiming that ...") is the brander's to deny.
        denier = None if q.claimant is not None else _next_brander(text, q, mentions)
        out.append(q if denier is None else replace(q, claimant=denier))
    return out


def _next_brander(text: str, q: Quantity, mentions: list[Mention]) -> Claimant | None:
    begin = text.rfind(q.sentence, 0, q.start + len(q.sentence))
    if begin < 0:
        return None
    after = begin + len(q.sentence)
    gap = _SENTENCE_END.match(text, after)
    if gap is None:
        return None
    found = _BRANDED.match(text, gap.end())
    if found is None:
        return None
    words = _WORD.findall(found.group("rest").lower())[:_VERDICT_WORDS]
    if VERDICTS.isdisjoint(words):
        return None
    start, end = found.span("subject")
    subject = found.group("subject").strip()
    entities = tuple(m.entity for m in mentions if start <= m.start < end)
    return Claimant(subject, entities, denied=True)
