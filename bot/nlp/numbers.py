"""Numbers as news writes them: "12,000", "12 000", "12.000", "3,9" (a decimal comma), "10k",
"1.64-billion", "ten thousand", "a dozen". Currency symbols are the caller's business."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from bot.nlp.continental_numbers import padded_thousands

SCALES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
    # South Asian scales: "₹10,000 crore" is 100 billion rupees.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Plurals and "tens of ..." are vague amounts, never a value; text2num would read
# "thousands" as 1000.
VAGUE_WORDS = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens"}
)
_SPACES = "\u00a0\u202f\u2009 "
_DIGITS = re.compile(
    r"""^(?:
        (?P<comma>\d{1,3}(?:,\d{3})+(?:\.\d+)?)
      | (?P<space>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)
      | (?P<euro>[1-9]\d{0,2}(?:\.\d{3})+)
      | (?P<decimal_comma>\d{1,3},\d{1,2})
      | (?P<plain>\d+(?:\.\d+)?|\.\d+)
    )$""",
    re.VERBOSE,
)
_SCALED = re.compile(
    r"^(?P<num>[\d.,\u00a0\u202f\u2009 ]*\d)\s*-?\s*(?P<scale>[a-z]+)$",
)
_DOZEN = re.compile(r"^(?:(?P<count>.+?)\s+)?dozen$")
_HALF = re.compile(r"^half\s+(?:a|an)\s+(?P<scale>[a-z]+)$")


def _parse_digits(text: str) -> float | None:
    match = _DIGITS.match(text)
    if match is None:
        return None
    if match["comma"]:
        return float(match["comma"].replace(",", ""))
    if match["space"]:
        return float(re.sub(f"[{_SPACES}]", "", match["space"]))
    if match["euro"]:
        # "12.000" is twelve thousand in European style: three digits after the dot.
        return float(match["euro"].replace(".", ""))
    if match["decimal_comma"]:
        # "3,9 bln", "5,4 thousand": continental writers put a comma where English puts a
        # point. One or two digits after the comma can never be English thousands.
        return float(match["decimal_comma"].replace(",", "."))
    return float(match["plain"])


def _parse_words(text: str) -> float | None:
    words = text.replace("-", " ").split()
    if not words or any(w in VAGUE_WORDS for w in words):
        return None
    if words[0] in {"a", "an"}:
        if len(words) == 1:
            return None
        words[0] = "one"
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


# "2½ miles": a whole number with a vulgar fraction glued on.
FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_QUARTER = re.compile(r"^(?P<count>a|one|three)\s+quarters?\s+of\s+(?:a|an)\s+(?P<scale>[a-z]+)$")


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when `text` is not a number."""
    if text.isdigit() and text.isascii():
        return float(text)  # plain digits, the commonest number: no need for the patterns
    return _parse_number(text)


@lru_cache(maxsize=8192)
def _parse_number(text: str) -> float | None:
    cleaned = text.strip().strip("\"'“”‘’").strip().lower()
    if not cleaned:
        return None
    if cleaned[-1] in FRACTIONS and cleaned[:-1].isdigit():
        return float(cleaned[:-1]) + FRACTIONS[cleaned[-1]]
    quarter = _QUARTER.match(cleaned)
    if quarter is not None and quarter["scale"] in SCALES and len(quarter["scale"]) > 2:
        return (3 if quarter["count"] == "three" else 1) * 0.25 * SCALES[quarter["scale"]]
    value = _parse_digits(cleaned)
    if value is not None:
        return value
    scaled = _SCALED.match(cleaned)
    if scaled is not None and scaled["scale"] in SCALES:
        number = scaled["num"].strip()
        # A decimal point before a scale is a decimal ("1.500 billion" is 1.5 billion).
        decimal = re.fullmatch(r"\d+\.\d+", number) and not padded_thousands(number)
        base = float(number) if decimal else _parse_digits(number)
        return None if base is None else base * SCALES[scaled["scale"]]
    dozen = _DOZEN.match(cleaned)
    if dozen is not None:
        count = dozen["count"]
        if count is None:
            return 12.0
        multiple = parse_number(count) if count not in {"a", "an"} else 1.0
        return None if multiple is None else multiple * 12
    half = _HALF.match(cleaned)
    if half is not None and half["scale"] in SCALES and len(half["scale"]) > 2:
        return 0.5 * SCALES[half["scale"]]
    mixed = re.match(r"^(?P<num>\d+(?:\.\d+)?)\s+(?P<rest>[a-z][a-z\s-]*)$", cleaned)
    if mixed is not None:
        # "3 hundred thousand": digits followed by scale words.
        rest = _parse_words("one " + mixed["rest"])
        return None if rest is None else float(mixed["num"]) * rest
    if re.search(r"\d", cleaned):
        return None
    head, _, last = cleaned.rpartition(" ")
    if last in _INDIAN_SCALES and head:
        # "nine lakh", "seven crore": the word-number reader knows no Indian scale.
        count = _parse_words(head)
        return None if count is None else count * SCALES[last]
    return _parse_words(cleaned)


_INDIAN_SCALES = frozenset({"lakh", "lakhs", "crore", "crores"})
