"""A sentence that only calls what was just told untrue: "This is a fabrication from A to Z
designed to ...", "It is a lie", "All of this is sheer fiction". It names no one and reports
nothing, so no claim cue finds it; but it is the voice speaking in the text (a statement's
issuer) dismissing the figures it has been retelling in the sentences just before ("the
media are talking about '10,000 soldiers' ... the spy agency went so far as to claim that
'1,500 special forces' had been moved ... This is a fabrication"). Those figures, told
with no source of their own, are that speaker's denial.

The opening is read by `verdicts.opens_verdict`; "It is a lie that ..." opens a claim of
its own and is left to `writer_denials`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.context import Sentence
from bot.nlp.figure_verdicts import figure_verdict
from bot.nlp.verdicts import VERDICT_NOUNS, opens_verdict
from bot.nlp.writer_denials import WRITER


def back_verdict(s: Sentence) -> bool:
    """Whether the sentence opens "This is a fabrication ...": a verdict on what came
    before, not a claim of its own."""
    if VERDICT_NOUNS.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    # 'Such "figures", which ..., are nothing but sheer lies': a subject with an aside.
    return opens_verdict(s.lowers, s.start, s.end) or figure_verdict(s)


# How many sentences back a verdict reaches: the run of unsourced retelling it sums up.
MAX_TOLD = 3


def told_since(unsourced: Sequence[tuple[int, int]], index: int, end: int) -> int:
    """The first figure a verdict in sentence `index` sums up: that of the earliest read
    sentence, of the run since the last one citing a source (`unsourced`: sentence index,
    first figure), at most MAX_TOLD sentences back; `end` (none) without one."""
    return next((first for at, first in unsourced if at >= index - MAX_TOLD), end)


def deny_told(quantities: list[Quantity], since: int, denier: Claimant | None) -> None:
    """The figures from `since` on that no source vouched for become the denial of the voice
    speaking (`denier`, the source last speaking; the text's own voice without one). A
    figure a named source asserted keeps that source."""
    voice = WRITER if denier is None else replace(denier, denied=True)
    for k in range(since, len(quantities)):
        if quantities[k].claimant is None:
            quantities[k] = replace(quantities[k], claimant=voice)
