"""Reading a number where a figure may start: digits with their separators and scale words
("1.64 billion", "12 000", "10k"), number words, Indian lakh and crore; and the numbers that
only look like amounts (ordinals, labels, model numbers, calibres, "the two sides")."""

from __future__ import annotations

import re

from bot.nlp.calibres import is_calibre
from bot.nlp.context import Sentence
from bot.nlp.continental_numbers import continental_reading
from bot.nlp.dates import is_year
from bot.nlp.glued_units import reads_metres
from bot.nlp.lexicon import CURRENCY_SYMBOLS, NUMBER_WORDS, ORDINALS, SCALE_WORDS
from bot.nlp.numbers import SCALES, parse_number
from bot.nlp.unit_nouns import bare, model_number
from bot.nlp.word_numbers import joins_tens_and_units

_DIGITS = re.compile(r"^(?:\d[\d,.]*\d|\d)[½¼¾⅓⅔]?$")
_WORD_NUMBER = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_GLUED_ONLY_SCALES = frozenset({"k", "m", "b"})
_LABEL_NOUNS = frozenset(
    {"article", "articles", "section", "chapter", "paragraph", "clause", "annex", "appendix"}
)
_SMALL_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_DEFINITES = frozenset({"the", "these", "those", "both", "all"})
_LENGTHS = (["day"], ["week"], ["month"], ["year"], ["hour"])


def read_number(s: Sentence, i: int) -> tuple[int, float, float] | None:
    """A number starting at token i: (end token, value, the scale word's factor or 1)."""
    numbers = s.numbers
    if i in numbers:
        return numbers[i]
    number = numbers[i] = _read_number(s, i)
    return number


def _read_number(s: Sentence, i: int) -> tuple[int, float, float] | None:
    word = s.lowers[i]
    if word in ORDINALS or i in s.date_at:
        return None
    if i > s.start and s.lowers[i - 1] in _LABEL_NOUNS:
        return None  # "Article 4 of the treaty": a number naming a part, not an amount
    if model_number(s, i):
        return None
    if i + 2 < s.end and s.lowers[i + 2] == "ago":
        return None  # "Updated 14 minutes ago": a time, not a duration worth reporting
    if is_calibre(s, i):
        return None
    if vague_scale(s, i):
        return None
    j = i + 1
    if _DIGITS.match(word):
        # "12 000": thousands separated by a single space.
        while (
            j < s.end
            and len(s.lowers[j]) == 3
            and s.lowers[j].isdigit()
            and s.space_after(j - 1) == " "
            and len(s.lowers[i]) <= 3
            and not is_calibre(s, j)
        ):
            j += 1
        if (continental := continental_reading(s, i, j)) is not None:
            return continental  # "1,6 Mrd. euros", "2.125 percent": read by what follows
    elif word in {"a", "an"} and i + 1 < s.end and s.lowers[i + 1] in SCALE_WORDS:
        j = i + 2
    elif s.lowers[i + 1 : i + 4] in (["quarter", "of", "a"], ["quarters", "of", "a"]) and (
        i + 4 < s.end and s.lowers[i + 4] in SCALE_WORDS and word in {"a", "one", "three"}
    ):
        j = i + 5  # "a quarter of a million"
    elif _WORD_NUMBER.match(word) and all(p in NUMBER_WORDS for p in word.split("-")):
        while j < s.end and (
            s.lowers[j] in NUMBER_WORDS
            # "one hundred and twenty"; "twenty and thirty" is two numbers
            or (s.lowers[j] == "and" and s.lowers[j - 1] in SCALE_WORDS and j + 1 < s.end
                and s.lowers[j + 1] in NUMBER_WORDS)
            or joins_tens_and_units(s, j)
        ):
            j += 1
    else:
        return None
    scale = 1.0
    # A scale after the digits: "1.64 billion", "1.64-billion", "10k" (split by the tokenizer).
    k = j + 1 if j < s.end and s.lowers[j] == "-" else j
    word = bare(s.lowers[k]) if k < s.end else ""
    if word in SCALE_WORDS and s.lowers[j - 1] not in SCALE_WORDS:
        glued = s.space_after(k - 1) == ""
        if word == "k" and glued and s.texts[k] == "K" and not _after_currency(s, i):
            return None  # "a 4K restoration", "the 5K run": a resolution or a race, no amount
        if (word not in _GLUED_ONLY_SCALES or glued) and not (
            word == "m" and reads_metres(s, i, k)
        ):
            j = k + 1
            scale = SCALES.get(word, 100.0 if word == "hundred" else 12.0)
    if _thousands_abbreviated(s, i, j):
        # "38 th. tonnes": "th." is thousand in translated copy; the full stop goes with it.
        value = parse_number(bare(s.span_text(i, j)))
        return None if value is None else (j + 2, value * 1e3, 1e3)
    value = parse_number(bare(s.span_text(i, j)))
    if value is None:
        return None
    if j < s.end and s.lowers[j - 1] in _SUB_CRORE and s.lowers[j] in {"crore", "crores"}:
        # "₹2.5 lakh crore": Indian scales chain, a lakh of crores.
        value, scale, j = value * 1e7, scale * 1e7, j + 1
    return j, value, scale


# "several thousand", "a few hundred": the scale word only sizes a vague amount, which the
# vague readers take whole; read alone it would be an exact 1,000 no one gave.
_VAGUE_SIZES = frozenset({"several", "few", "many"})


def vague_scale(s: Sentence, i: int) -> bool:
    """Whether token i is a scale word that a vague determiner right before it sizes."""
    return (
        s.lowers[i] in SCALE_WORDS and i > s.start and s.lowers[i - 1] in _VAGUE_SIZES
    )


_SUB_CRORE = frozenset({"lakh", "lakhs", "thousand", "hundred"})
_THOUSAND_ABBREVIATIONS = frozenset({"th", "ths", "thous"})


def _thousands_abbreviated(s: Sentence, i: int, j: int) -> bool:
    """"38 th. tonnes": digits, then "th." with its stop, then a lowercase word."""
    return (
        j + 2 < s.end and s.lowers[j] in _THOUSAND_ABBREVIATIONS and s.lowers[j + 1] == "."
        and s.texts[j + 2][:1].islower() and s.lowers[i][:1].isdigit()
    )  # fmt: skip


def _after_currency(s: Sentence, i: int) -> bool:
    return i > s.start and s.lowers[i - 1] in CURRENCY_SYMBOLS


def anaphoric(s: Sentence, i: int) -> bool:
    """"the two sides", "both three countries": a small number word after a definite
    determiner points back at parties already named; it is no amount."""
    return (
        s.lowers[i] in _SMALL_NUMBERS and i > s.start and s.lowers[i - 1] in _DEFINITES
        # "the three-day raid": a length compounded with its unit counts
        and not (s.lowers[i + 1 : i + 2] == ["-"] and s.lowers[i + 2 : i + 3] in _LENGTHS)
    )


def number_at(s: Sentence, i: int) -> tuple[int, float] | None:
    """A plain number at token i (not a year, date or ordinal): (end token, value)."""
    if is_year(s.lowers[i]) or anaphoric(s, i):
        return None
    number = read_number(s, i)
    if number is None:
        return None
    return number[0], number[1]
