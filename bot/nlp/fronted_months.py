""""In February, Zelensky put the toll at 46,000", "Last August Poland signed a contract worth
$6.5 billion": a month set before the sentence moves what it tells away from the news,
unless it is the article's own month. "Last" counts a named month back from the news, so it
is never the article's own. In a transcript the turn's speaker label ("Q:", "KESSLER:")
comes before the sentence's own words, so the date opens the sentence after it."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import month_of
from bot.nlp.fronted_date_subjects import set_off_date
from bot.nlp.fronted_occasions import fronted_occasion
from bot.nlp.fronted_publications import fronted_publication
from bot.nlp.published_subjects import published_subject
from bot.nlp.turn_labels import after_turn_label

_FRONTING = frozenset({"in", "last"})
_LABEL_REACH = 3  # "SEN. TOM BRANDT:": a speaker label is a few words in capitals


def fronted_month(s: Sentence) -> bool:
    """Whether a past month other than the article's own opens the sentence."""
    first = after_turn_label(s, reach=_LABEL_REACH, capitals=True)
    if s.lowers[first] not in _FRONTING:
        # "At a ceremony held last August, ...", "The white paper, published in July, ..."
        return fronted_occasion(s, first) or published_subject(s, first)
    date = next((d for d in s.dates if d.start == first + 1), None)
    if date is None:
        return fronted_publication(s, first)  # "In its white paper in July, ..."
    if not date.past:
        return False
    month = month_of(s.lowers, date)
    if month is None or not set_off_date(s, date):
        return False
    return s.reference is None or s.reference[0] != month or s.lowers[first] == "last"

