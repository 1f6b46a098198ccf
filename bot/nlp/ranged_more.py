"""A range of more of what was counted: "planned to send between 3,000 and 5,000 more in the
spring". Both ends are bare; the noun is the one "more" carries (the count told before), and
the range's low end reads as its high end does, so the figure is a range, not its high end
alone. Only "between N and M more": a plain "3,000 and 5,000 more" may list two counts."""

from __future__ import annotations

from bot.nlp.context import Sentence

_MORE = frozenset({"more", "additional", "others"})


def more_between(s: Sentence, low: int, high_end: int) -> bool:
    """Whether the low end at `low` opens "between <low> and <high> more", the high end's
    number ending at `high_end`."""
    k = low - 1
    while k > s.start and s.lowers[k] in _QUALIFIERS:
        k -= 1
    return (
        k >= s.start and s.lowers[k] == "between"
        and high_end < s.end and s.lowers[high_end] in _MORE
    )  # fmt: skip


_QUALIFIERS = frozenset({"about", "some", "roughly", "around"})
