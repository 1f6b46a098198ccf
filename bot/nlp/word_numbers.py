"""Compound number words: "twenty-three", "seventy-five per cent". The tokenizer splits the
hyphen off, and a hyphen between two numbers otherwise marks a range ("20-30 people"); a
tens word joined to a units word is one number, as English writes 21 to 99 in words, so the
hyphen is read as part of the number instead.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def joins_tens_and_units(s: Sentence, k: int) -> bool:
    """Whether token k is the hyphen of a compound number word ("twenty-three"), written with
    no space on either side."""
    return (
        s.lowers[k] == "-"
        and k + 1 < s.end
        and s.lowers[k + 1] in _UNITS
        and s.lowers[k - 1] in _TENS
        and not s.space_after(k - 1)
        and not s.space_after(k)
    )
