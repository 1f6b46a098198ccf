"""A participle of branding after a source's clause denies, for that source, the figure it
names as untrue (`bot.nlp.branding_participles`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_calling_talk_of_a_figure_a_canard_denies_it(extractor: Extractor) -> None:
    # Fails before: "calling" was no verb of branding and "canard" no verdict.
    text = (
        "The Belarusian defence minister said he would not comment on the border, calling "
        'talk of "eight thousand soldiers" "a canard".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 8000
    assert q.claimant is not None and q.claimant.denied


def test_the_speakers_own_figure_before_the_participle_stands(extractor: Extractor) -> None:
    text = "The general said 250 troops had arrived, calling reports of 3,000 more a fabrication."
    first, second = extractor.extract(text).quantities
    assert first.claimant is not None and not first.claimant.denied
    assert second.claimant is not None and second.claimant.denied


def test_calling_with_no_verdict_denies_nothing(extractor: Extractor) -> None:
    # Near miss: the participle brands the strike, not a figure, as something else.
    text = "The ministry said 40 soldiers had been killed, calling the strike a war crime."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied
