"""The whole a part is counted out of, given as a range: "about 10,000 troops had moved into
Kursk, out of the 11,000 to 12,000 the Pentagon believes are in Russia". The whole counts
what the part counts; its low end alone would misstate the estimate."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.bare_numbers import BareNumber
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.number_reading import number_at

_OUT_OF = (("out", "of"),)
_OUT_OF_THE = ("out", "of", "the")
_JOINERS = frozenset({"to", "-", "–"})


# "2,000 have died, out of a total of some 15,000 sent": the whole told as a total.
_TOTAL_OF = (("out", "of", "a", "total", "of"), ("out", "of", "the", "total", "of"))


def out_of_whole(s: Sentence, q_start: int) -> bool:
    """Whether the number at q_start follows "out of", "out of the" or "out of a total of"."""
    two = tuple(s.lowers[max(s.start, q_start - 2) : q_start])
    if two in _OUT_OF or tuple(s.lowers[max(s.start, q_start - 3) : q_start]) == _OUT_OF_THE:
        return True
    return tuple(s.lowers[max(s.start, q_start - 5) : q_start]) in _TOTAL_OF


def with_range_end(s: Sentence, n: BareNumber, figure: Figure) -> Figure:
    """The figure read as "N to M" when a second number follows its first after "to"."""
    end = n.end
    if end + 1 >= s.end or s.lowers[end] not in _JOINERS:
        return figure
    high = number_at(s, end + 1)
    if high is None or n.value is None or high[1] <= n.value:
        return figure
    return replace(figure, end=high[0], unit_end=high[0], mod_start=high[0], value_max=high[1],
                   qualifier="range")  # fmt: skip
