""" "In April, according to the NIS, the North had about 10,000 troops in Russia. The agency put
its casualties at roughly 5,500." A paragraph that opens on an earlier month goes on telling
that month's account: the next sentence, led by a definite subject ("The agency") that names
no time of its own, is the same recap and so history, not news. A sentence that dates itself,
or says "now" or "latest", has moved back to the present and keeps its own reading."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, month_of
from bot.nlp.lexicon import MONTHS

# Words that bring an account back to the present: "The agency now puts ..."
_PRESENT = frozenset({"now", "currently", "latest", "today", "since", "updated", "new"})
_FRONTING = frozenset({"in", "last"})


def month_follow_on_figures(
    s: Sentence, found: list[Quantity], just_told: list[Quantity]
) -> list[Quantity]:
    """`found` with its reported figures made background when `s` carries on the account of
    an earlier month that opened the sentence before it (above)."""
    if not found or s.lowers[s.start] != "the" or s.dates or not just_told:
        return found  # nearly every sentence: the first word or its own date
    if not any(q.modality is Modality.REPORTED for q in found) or not _PRESENT.isdisjoint(s.words):
        return found
    previous = _previous(s)
    if previous is None or not _opens_on_earlier_month(s, previous[0]):
        return found
    lo = s.tokens.idxs[previous[0]]
    # The month's account told as background just before: its figures are the recap's.
    if not all(q.modality is Modality.BACKGROUND for q in just_told if q.start >= lo):
        return found
    return [replace(q, modality=Modality.BACKGROUND) if q.modality is Modality.REPORTED else q
            for q in found]  # fmt: skip


def _previous(s: Sentence) -> tuple[int, int] | None:
    """The sentence before `s` when both stand in one paragraph (no line break between)."""
    sentences = s.tokens.sentences
    k = bisect_left(sentences, (s.start, s.end)) - 1
    if k < 0:
        return None
    start, end = sentences[k]
    tokens = s.tokens
    if end <= start or "\n" in tokens.text[tokens.idxs[end - 1] : tokens.idxs[s.start]]:
        return None  # a new paragraph starts a new account
    return start, end


def _opens_on_earlier_month(s: Sentence, start: int) -> bool:
    """Whether "In April," or "Last August," opens the sentence at `start`, a month other
    than the article's own ("Last" always counts one back)."""
    lowers = s.lowers
    if start + 2 >= s.start or lowers[start] not in _FRONTING or lowers[start + 1] not in MONTHS:
        return False
    if lowers[start + 2] != ",":
        return False
    month = month_of(lowers, DateSpan(start + 1, start + 2, True))
    if month is None:
        return False
    return s.reference is None or s.reference[0] != month or lowers[start] == "last"
