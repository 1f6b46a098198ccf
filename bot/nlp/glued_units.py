"""Unit letters glued to a number: "40C" (degrees), "1.5m" (metres, where the text speaks of
a length), "20p" (pence, reported in pounds).

A glued "m" is mostly a million ("£1.5m", "1.5m people"), so it reads as metres only after no
currency sign, before no plural noun, and beside a word of length ("a 1.5m wall", "snow depths
reached 1.5m", "a 100m-long tunnel"). Pence are given in pounds, the unit prices are compared
in ("rose by 20p to £1.45" is 0.2 and 1.45 pounds). A "p" after a screen height ("1080p") is a
video resolution, no money.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.nlp.lexicon import CURRENCY_SYMBOLS

if TYPE_CHECKING:
    from bot.nlp.context import Sentence
    from bot.nlp.unit_nouns import Unit

# Words of length, depth or height, and the things such figures usually measure.
_LENGTH_WORDS = frozenset(
    {"tall", "high", "deep", "long", "wide", "thick", "depth", "depths", "height", "heights",
     "length", "width", "diameter", "elevation", "altitude", "wall", "walls", "fence", "tower",
     "wave", "waves", "snow", "snowfall", "flood", "floods", "floodwater", "floodwaters",
     "water", "tide", "tides", "sea", "jump", "sprint", "hurdles", "relay", "freestyle"}
)  # fmt: skip
_REACH = 8  # words before the number that may name the length: "Snow depths in the Alps reached"
_RESOLUTIONS = frozenset({144.0, 240.0, 360.0, 480.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


def reads_metres(s: Sentence, i: int, m: int) -> bool:
    """Whether the "m" at token m, glued to the number starting at token i, is metres."""
    if i > s.start and s.lowers[i - 1] in CURRENCY_SYMBOLS:
        return False
    after = m + 2 if s.lowers[m + 1 : m + 2] == ["-"] else m + 1
    following = s.lowers[after] if after < s.end else ""
    if following in _LENGTH_WORDS:
        return True
    if following.isalpha() and following.endswith("s"):
        return False  # "1.5m people", "2m viewers": a million of them
    return not _LENGTH_WORDS.isdisjoint(s.lowers[max(s.start, i - _REACH) : i])


def glued_unit(s: Sentence, k: int) -> Unit | None:
    """The unit a letter at token k stands for when it is glued to the number before it."""
    if k <= s.start or s.space_after(k - 1) or not s.lowers[k - 1][-1:].isdigit():
        return None
    written = s.texts[k]
    if written in {"C", "F"}:
        return k, k + 1, ("degree", "degree"), k  # "44.2C": a temperature
    if written == "m":
        return k, k + 1, ("metre", "metre"), k  # kept from the number by `reads_metres`
    # "ended at 118p.": at a sentence's end the tokenizer keeps the stop on the letter.
    pence = written == "p" or (written == "p." and k == _last_word(s))
    if pence and _price(s.lowers[k - 1]):
        return k, k + 1, ("penny", "money"), k
    return None


def _last_word(s: Sentence) -> int:
    k = s.end - 1
    while k > s.start and s.texts[k].isspace():
        k -= 1
    return k


def _price(number: str) -> bool:
    try:
        return float(number.replace(",", "")) not in _RESOLUTIONS
    except ValueError:
        return False


def in_pounds(
    value: float | None, value_max: float | None, found: tuple[str, str]
) -> tuple[float | None, float | None, tuple[str, str]]:
    """Pence as pounds; any other amount as it is."""
    if found[0] != "penny":
        return value, value_max, found
    value = None if value is None else value / 100
    value_max = None if value_max is None else value_max / 100
    return value, value_max, ("pound", "money")
