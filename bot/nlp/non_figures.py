"""Numbers with a unit after them that still state no amount:

- a proportion: "one in five adults", "1 in 5 voters", "nine out of ten voters" (the share
  is the fact, and neither number counts the adults);
- a maturity: "10-year government bonds", "the two-year gilt" (a name of the instrument);
- a reporting period: "sales fell 4% in the 12 weeks to Christmas" (it dates the figure);
- page furniture: "4 comments", "12 shares" set off by the separators a page puts between
  its byline items;
- the end of a model's name ("its 400 Series 2 trains"), a second year ("the 2025-26
  campaign") and a reading on a scale ("a magnitude 7.1 quake");
- a version tag or a designation ("UPDATE 2-", "Type 12 missiles": `name_numbers`).
"""

from __future__ import annotations

import re

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.name_numbers import name_number
from bot.nlp.numbers import parse_number
from bot.nlp.unit_nouns import bare
from bot.nlp.units import TIME_UNITS

_TIMES = frozenset(TIME_UNITS.values())
# A numerator is a plain number: digits or a small number word, never "billion" or "dozen".
_NUMERAL = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$")
_INSTRUMENTS = frozenset(
    {"bond", "bonds", "note", "notes", "gilt", "gilts", "treasury", "treasuries", "yield",
     "yields", "mortgage", "mortgages", "loan", "loans", "debt", "paper", "bill", "bills",
     "swap", "swaps", "bund", "bunds", "jgb", "jgbs", "government"}
)  # fmt: skip
# "nine out of ten voters" is a ratio; "seven out of 12 jurors" counts the jurors.
_RATIO_WHOLES = frozenset({2, 3, 4, 5, 10, 100})
_PERIOD_ENDS = frozenset({"to", "ending", "ended", "through", "until"})
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
_PAGE_COUNTS = frozenset({"comment", "share", "like", "view", "reply", "retweet", "repost"})
_SEPARATORS = frozenset({"·", "|", "•"})


def no_amount(s: Sentence, num_start: int, u_start: int, u_end: int, measure: str) -> bool:
    """Whether the figure [num_start, u_end) with this measure names no amount."""
    before = s.lowers[num_start - 1] if num_start > s.start else ""
    if before == "in" and measure not in _TIMES and _proportion(s, num_start, num_start - 2):
        return True
    if before == "of" and measure not in _TIMES and s.lowers[num_start - 2] == "out" and (
        parse_number(s.lowers[num_start]) in _RATIO_WHOLES
    ):
        return _proportion(s, num_start, num_start - 3)
    if measure in _TIMES:
        return _maturity(s, num_start, u_start, u_end) or _period(s, before, u_end)
    if _model_number(s, num_start) or before == "magnitude" or _year_span(s, num_start):
        return True
    if name_number(s, num_start):  # "UPDATE 2-Russia fires", "Type 12 missiles"
        return True
    return measure in _PAGE_COUNTS and _furniture(s, num_start, u_end)


def _year_span(s: Sentence, num_start: int) -> bool:
    """"The 2025-26 campaign": the number after a year and a dash is the span's second year."""
    return num_start - 2 >= s.start and s.lowers[num_start - 1] in {"-", "–", "/"} and (
        is_year(s.lowers[num_start - 2])
    )


def _model_number(s: Sentence, num_start: int) -> bool:
    """"its 400 Series 2 trains", "12 Comet 4 jets": a number after a capitalised word that
    follows a number ends a model's name, and so does one opening it after a possessive
    ("its 400 Series"); neither counts anything."""
    name, other = num_start - 1, num_start - 2
    if num_start + 2 < s.end and s.lowers[num_start - 1] in _POSSESSIVES:
        name, other = num_start + 1, num_start + 2
    return s.start <= other and s.texts[name].istitle() and s.texts[name].isalpha() and (
        s.lowers[other].isdigit() and name not in s.date_at  # "On 12 March 40 people"
    )


_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "my", "your"})


def _proportion(s: Sentence, denominator: int, numerator: int) -> bool:
    """"one in five adults", "3 in 10 voters": a lone smaller number, then "in" before this
    one ("killed nine in three provinces", "September 20 in 58 countries" are no shares)."""
    if numerator < s.start or numerator in s.date_at:
        return False
    if numerator > s.start and s.lowers[numerator - 1][-1:].isdigit():
        return False  # "US$20 billion in two plants": the end of a bigger number
    share = parse_number(s.lowers[numerator]) if _NUMERAL.match(s.lowers[numerator]) else None
    whole = parse_number(bare(s.lowers[denominator]))
    return share is not None and whole is not None and share < whole


def _maturity(s: Sentence, num_start: int, u_start: int, u_end: int) -> bool:
    """"10-year government bonds": a length of time hyphened to an instrument's name."""
    hyphened = u_start == num_start + 2 and s.lowers[num_start + 1] == "-"
    return hyphened and not _INSTRUMENTS.isdisjoint(s.lowers[u_end : u_end + 2])


def _period(s: Sentence, before: str, u_end: int) -> bool:
    """"the 12 weeks to Christmas", "the three months to June": a period named by its end."""
    if before != "the" or u_end + 1 >= s.end or s.lowers[u_end] not in _PERIOD_ENDS:
        return False
    end = s.texts[u_end + 1]
    return end[:1].isupper() or end[:1].isdigit() or end.lower() in _MONTHS or (
        s.lowers[u_end + 1 : u_end + 3] == ["the", "end"]
    )


def _furniture(s: Sentence, num_start: int, u_end: int) -> bool:
    """A count that fills a whole item between a page's separators ("· 4 comments")."""
    opens = num_start == s.start or s.lowers[num_start - 1] in _SEPARATORS
    closes = u_end == s.end or s.lowers[u_end] in _SEPARATORS
    return opens and closes
