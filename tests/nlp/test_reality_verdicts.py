"""A claim set against reality ("has nothing to do with reality") is its speaker's denial
(`bot.nlp.reality_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_nothing_to_do_with_reality_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "The Belarusian defence ministry said on Friday that «the number of 9 thousand "
        "soldiers near the border has nothing to do with reality»."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 9000
    assert q.claimant is not None and q.claimant.denied


def test_does_not_correspond_to_reality_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "Minsk said reports that 4,000 Belarusian troops had crossed into Ukraine do not "
        "correspond to reality."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_figure_that_reflects_reality_is_no_denial(extractor: Extractor) -> None:
    text = (
        "Minsk said the estimate of 4,000 Belarusian troops near the border reflects "
        "reality on the ground."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied


def test_a_reality_show_is_no_verdict(extractor: Extractor) -> None:
    text = (
        "The broadcaster said 4,000 viewers complained, though the row had nothing to do "
        "with reality TV."
    )
    quantities = extractor.extract(text).quantities
    assert quantities and all(q.claimant is None or not q.claimant.denied for q in quantities)
