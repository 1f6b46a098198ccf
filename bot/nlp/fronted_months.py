""""In February, Zelensky put the toll at 46,000", "Last August Poland signed a contract worth
$6.5 billion": a month set before the sentence moves what it tells away from the news,
unless it is the article's own month. "Last" counts a named month back from the news, so it
is never the article's own. In a transcript the turn's speaker label ("Q:", "KESSLER:")
comes before the sentence's own words, so the date opens the sentence after it."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import month_of
from bot.nlp.fronted_date_subjects import set_off_date

_FRONTING = frozenset({"in", "last"})
_LABEL_REACH = 4  # "SEN. TOM BRANDT :": a speaker label is a few capitalised words


def fronted_month(s: Sentence) -> bool:
    """Whether a past month other than the article's own opens the sentence."""
    first = _after_label(s)
    if s.lowers[first] not in _FRONTING:
        return False  # the common case, before looking for the date
    date = next((d for d in s.dates if d.start == first + 1), None)
    if date is None or not date.past:
        return False
    month = month_of(s.lowers, date)
    if month is None or not set_off_date(s, date):
        return False
    return s.reference is None or s.reference[0] != month or s.lowers[first] == "last"


def _after_label(s: Sentence) -> int:
    """The first token after a transcript's speaker label opening the sentence, else its start."""
    stop = min(s.end - 1, s.start + _LABEL_REACH)
    for k in range(s.start, stop):
        if s.lowers[k] == ":":
            return k + 1 if k > s.start else s.start
        if not s.texts[k].isupper():
            return s.start  # "In February, ..." or prose: no label
    return s.start
