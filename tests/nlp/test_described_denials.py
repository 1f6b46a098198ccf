"""A verdict of contempt fronted before a described claim makes the describer's denial."""

from __future__ import annotations

from bot.nlp import Extractor


def test_fronted_contempt_before_a_claim_noun_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "The Belarusian embassy described as ridiculous the recent Lithuanian assertions "
        "that 3,000 Belarusian soldiers had crossed the border."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert q.claimant is not None and q.claimant.denied


def test_quoted_verdict_and_owner_before_the_clause(extractor: Extractor) -> None:
    text = (
        'A Kremlin spokesman described as "preposterous" the allegations of the Polish '
        "intelligence service that 5,000 Russian soldiers had moved to Belarus."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 5000]
    assert q.claimant is not None and q.claimant.denied


def test_a_fronted_praise_denies_nothing(extractor: Extractor) -> None:
    # Near miss: the same order with a word of praise is no verdict on the claim.
    text = (
        'The Belarusian embassy described as "historic" the recent Lithuanian assertions '
        "that 3,000 Belarusian soldiers had crossed the border."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert q.claimant is None or not q.claimant.denied
