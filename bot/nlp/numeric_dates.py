"""Dates written all in digits, day first, as Ukrainian, Russian, Polish, Lithuanian or
Vietnamese outlets print them in English: "signed on 19.06.2024", "Moscow, 05/12/2024 (VNA)".
The tokenizer keeps such a date as one token; read as a date it dates a step or a dateline
("19.06.2024" in a story stamped "29.04.2025" is ten months old) instead of being no date.

Only day.month.year with a four-digit year is read: a year keeps "3.5.1" (a version) or
"1.330" (a decimal or thousands figure) out. Day comes first, as everywhere but the United
States, whose outlets do not write datelines in digits.
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"^(0?[1-9]|[12][0-9]|3[01])([./])(0?[1-9]|1[0-2])\2(?:19|20)[0-9]{2}$")


def numeric_date(word: str) -> tuple[int, int] | None:
    """(month, day) of a day-first date in digits ("19.06.2024", "5/12/2024"), else None."""
    if not word[:1].isdigit() or len(word) < 8:
        return None  # nearly every word: two checks in C
    match = _NUMERIC.match(word)
    if match is None:
        return None
    return int(match[3]), int(match[1])
