"""Numbers in continental format, told apart by what follows them: "1,6 Mrd. euros", "8,8
miliardi euros", "58 mia. kroner", "18 miljarder kronor", "170 miljoonaa euroa", "500 Mio.",
"10.471 millones de euros".

Translated European copy keeps the source language's scale word, and with it the source's
number format: a comma is the decimal sign and a dot separates thousands. Read the English
way, "1,6 Mrd." was no amount at all and "10.471 millones" ten and a half million; the scale
word is what tells a reader the format, so the number is read by it. Two readings of a dot
followed by three digits are settled here too, again by the word after them: before a
percentage the dot is a decimal point ("a yield of 2.125 percent": no share runs into the
thousands), and before an English scale "1.000 million" / "120.000 million euros" is
continental, since no English writer pads a whole number of millions with a ".000"."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.nlp.units import CURRENCIES

if TYPE_CHECKING:
    from bot.nlp.context import Sentence

_THOUSAND, _MILLION, _BILLION = 1e3, 1e6, 1e9
# Scale words of the languages whose copy reaches us translated, as they follow a number
# (German, Dutch, Scandinavian, Finnish, Italian, Spanish, French, Czech, Slovak, Polish).
EUROPEAN_SCALES: dict[str, float] = {
    # "about 12 mila soldiers": a speaker quoted with the word for thousand left in.
    "mila": _THOUSAND, "tausend": _THOUSAND, "tusen": _THOUSAND, "tuhatta": _THOUSAND,
    "tisíc": _THOUSAND,
    "mio": _MILLION, "millionen": _MILLION, "millones": _MILLION, "millón": _MILLION,
    "milioni": _MILLION, "milione": _MILLION, "milion": _MILLION, "miliony": _MILLION,
    "milionu": _MILLION, "milionů": _MILLION, "milionów": _MILLION, "miliona": _MILLION,
    "miljoner": _MILLION, "miljoen": _MILLION, "millioner": _MILLION, "miljoonaa": _MILLION,
    "miljoona": _MILLION,
    "mrd": _BILLION, "mld": _BILLION, "mia": _BILLION, "mdr": _BILLION,
    "milliarden": _BILLION, "milliarde": _BILLION, "miliardi": _BILLION, "miliardo": _BILLION,
    "miliard": _BILLION, "miliardy": _BILLION, "miliardů": _BILLION, "miliardów": _BILLION,
    "miljard": _BILLION, "miljarder": _BILLION, "miljarden": _BILLION, "milliard": _BILLION,
    "milliarder": _BILLION, "milliards": _BILLION, "miljardia": _BILLION,
    "miljardi": _BILLION,
}  # fmt: skip
# Abbreviations written with a full stop ("1,6 Mrd. euros"); the stop belongs to the word.
ABBREVIATED = frozenset({"mio", "mrd", "mld", "mia", "mdr"})
_CONTINENTAL = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
_POINT_THREE = re.compile(r"^\d{1,3}\.\d{3}$")
_PERCENT = frozenset({"percent", "per", "%", "pct", "percentage"})
# A currency's code or sign after an abbreviated scale ("1,6 mld. Kč", "2 Mrd. EUR").
_CURRENCY_WORDS = frozenset(CURRENCIES)


def continental_value(digits: str) -> float | None:
    """The value of digits written the continental way ("1,6", "10.471", "1.234,5")."""
    if _CONTINENTAL.match(digits) is None:
        return None
    return float(digits.replace(".", "").replace(",", "."))


def padded_thousands(number: str) -> bool:
    """Whether a number before an English scale pads its thousands with ".000" ("1.000
    million"): continental thousands, where "1.500 billion" stays an English decimal."""
    return re.fullmatch(r"\d{1,3}(?:\.000)+", number) is not None


def continental_reading(s: Sentence, i: int, j: int) -> tuple[int, float, float] | None:
    """The number whose digits are the one token i (j == i + 1), read by the word after it:
    (end token, value, the scale's factor or 1), or None to read it the usual way."""
    if j != i + 1 or j >= s.end:
        return None
    digits, word = s.lowers[i], s.lowers[j]
    factor = EUROPEAN_SCALES.get(word)
    if factor is not None:
        if continental_value(digits) is None:
            return None
        # Scaled in decimal: "4,1 milionu" is 4,100,000, not 4,099,999.999...
        value = float(Decimal(digits.replace(".", "").replace(",", ".")) * int(factor))
        end = j + 2 if word in ABBREVIATED and s.lowers[j + 1 : j + 2] == ["."] else j + 1
        return min(end, s.end), value, factor
    if _POINT_THREE.match(digits) and word in _PERCENT:
        return j, float(digits), 1.0
    return None


def scale_stop(texts: list[str], stop: int, k: int) -> bool:
    """Whether the full stop at token `stop` closes a scale abbreviation after a number
    ("1,6 mld. Kč", "2,5 Mio. euros"): it ends no sentence where a currency or a lowercase
    word follows at token k."""
    return (
        k == stop + 1 and stop > 1 and texts[stop] == "."
        and texts[stop - 1].lower() in ABBREVIATED and texts[stop - 2][:1].isdigit()
        and (texts[k][:1].islower() or texts[k].lower() in _CURRENCY_WORDS)
    )  # fmt: skip
