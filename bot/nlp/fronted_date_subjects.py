"""A date fronted without a comma before a claim's subject: "In November South Korea's spy
agency put the number at 10,000". The words before the verb open with "In November", and a
subject that starts with a preposition is read as a phrase, not a source; the source is
what follows the date."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.pronoun_claims import pronoun_claim

_OPENERS = frozenset({"in", "on", "since", "by", "until", "during"})


def past_fronted_date(s: Sentence, start: int, end: int) -> int:
    """Where the subject [start, end) really starts: past "In November" or "On Oct. 5"
    when a date follows the opening preposition and a name follows the date."""
    if s.lowers[start] not in _OPENERS or not s.dates:
        return start
    date = next((d for d in s.dates if d.start == start + 1), None)
    if date is None or date.end >= end:
        return start
    if not (_name_at(s, date.end) or _titled_body(s, date.end)):
        return start
    return date.end


def set_off_date(s: Sentence, date: DateSpan) -> bool:
    """Whether a date opening the sentence ends where its clause begins: at a comma ("In
    November, the agency ...") or, with none, at a name ("In November South Korea's ...") or
    at a pronoun that reports ("In February he said ...") or an article opening the subject
    ("In August the military called up ...")."""
    # "In May alone, the enemy launched ...": "alone" only narrows the date it follows.
    end = date.end + (s.lowers[date.end : date.end + 1] == ["alone"])
    return end < s.end and (
        s.lowers[end] in {",", "the"} or _name_at(s, end) or pronoun_claim(s, end)
    )


def _name_at(s: Sentence, k: int) -> bool:
    """"South Korea's spy agency", "the Pentagon": a name opens at token k."""
    if k < s.end and s.lowers[k] == "the":
        k += 1
    found = s.mention_at.get(k)
    return found is not None and found.start == k


def _titled_body(s: Sentence, k: int) -> bool:
    """"On Friday the General Staff put ...": "the" and a capitalised word open a body's name
    the gazetteer need not know (a common noun after a date is lower-case)."""
    return k + 1 < s.end and s.lowers[k] == "the" and s.texts[k + 1].istitle() and (
        s.texts[k + 1].isalpha()
    )
