"""A change and the level it reached, read as two figures rather than one range: "the number
of vacancies fell by 26,000 to 781,000" (the fall, then the new level) and "the fine was cut
from €1.1m to €750,000" (the old level, then the new). A range runs from the lower number to
the higher ("between 11,000 and 12,000", "1.5 to 2 million"), so a second amount below the
first, or a far higher level after "<verb of change> by N to", ends the first figure instead.
The figures reader asks `descending` only when the second number repeats the currency sign,
so each amount keeps a unit ("from 5,000 to 4,200 roubles" stays one range rather than leave
the 5,000 without its noun)."""

from __future__ import annotations

from bot.nlp.context import Sentence


def changed_by(s: Sentence, q_start: int, verbs: frozenset[str]) -> bool:
    """Whether the number (its qualifier from `q_start`) follows "<verb of change> by": "fell
    by 26,000 to 781,000". Without "by" ("rose 10 to 15 percent") a range stays one. The
    cheap word test is first: it runs only for a number followed by "to"."""
    k = q_start - 1
    return k - 1 >= s.start and s.lowers[k] == "by" and s.lowers[k - 1] in verbs


# A range's ends are close ("by 20,000 to 30,000 soldiers", "3% to 5%"); a level reached
# after a change is many times the change ("by 26,000 to 781,000", "by 2p to 146p").
_LEVEL_RATIO = 3.0


# "rose by 10 to 50 per cent": a share's range, however wide; a level after a change in a
# share gives the change its own unit ("by 2 points to 50 per cent").
_SHARES = frozenset({"%", "percent", "per", "pc", "percentage"})


def new_level(s: Sentence, value: float, scale: float, second: tuple[int, float, float]) -> bool:
    """Whether `second`, after "<verb of change> by <value> to", is the level the change
    reached rather than a range's upper end: at least `_LEVEL_RATIO` times the change."""
    if second[0] < s.end and s.lowers[second[0]] in _SHARES:
        return False
    return second[1] >= _LEVEL_RATIO * _first(value, scale, second) > 0


def descending(value: float, scale: float, second: tuple[int, float, float], between: bool) -> bool:
    """Whether `second` (end, value, scale as `read_number` gives it) is below the first
    number, once a scale written only on the second ("1.5 to 2 million") applies to both.
    "between" always opens a range, however it is written."""
    if between:
        return False
    return second[1] < _first(value, scale, second)


def _first(value: float, scale: float, second: tuple[int, float, float]) -> float:
    """The first number with the second's scale when only the second wrote one."""
    return value * second[2] if scale == 1.0 and second[2] > 1.0 else value
