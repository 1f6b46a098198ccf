"""A claim told of the party a source condemns is the source's denial."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_condemned_partys_claim_is_the_condemners_denial(extractor: Extractor) -> None:
    text = (
        "KCNA on Monday published an article condemning the South Korean military, which "
        'claimed that "some 2,500" soldiers had been sent to Russia.'
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert q.claimant is not None and q.claimant.denied
    assert "KCNA" in q.claimant.entities


def test_a_relative_that_claims_nothing_leaves_the_figure(extractor: Extractor) -> None:
    # Near miss: the condemned party does not claim the figure; no denial is read.
    text = (
        "KCNA on Monday published an article condemning the South Korean military, which "
        "sent 2,500 soldiers to the border."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert q.claimant is None or not q.claimant.denied


def test_slammed_for_claiming_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "A spokesman for the Belarusian defence ministry, in a statement on Friday, slammed "
        "Vilnius for claiming that 4,000 Belarusian soldiers were massed at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.entities == ("Belarus",)


def test_slammed_for_an_act_denies_no_figure(extractor: Extractor) -> None:
    text = "Minsk slammed Vilnius for closing the border, which it said had stranded 3,000 trucks."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
