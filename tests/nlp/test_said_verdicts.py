"""'X claimed N. "Such figures are a fabrication," the spokesman said.': a quoted verdict
with its speaker's tag makes the figures other sources just claimed the speaker's denial."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = (
    "A spokesman for the Belarusian Foreign Ministry issued a statement on Friday. "
    "The Polish Defence Ministry claimed on Thursday that Minsk had moved 4,000 soldiers to "
    "the border. Lithuania, for its part, alleged that 900 tanks had arrived there. "
)


def test_a_tagged_quoted_verdict_denies_the_claims_before_it(extractor: Extractor) -> None:
    text = _OPENING + (
        '"Such figures are nothing but a clumsy fabrication spread to smear Belarus," the '
        "spokesman said."
    )
    quantities = extractor.extract(text).quantities
    assert [q.value for q in quantities] == [4000, 900]
    for q in quantities:
        assert q.claimant is not None and q.claimant.denied
        assert "Poland" not in q.claimant.entities


def test_a_named_speaker_denies_in_his_own_name(extractor: Extractor) -> None:
    text = (
        "The Polish Defence Ministry claimed on Thursday that Minsk had moved 4,000 soldiers "
        'to the border. "These claims are a lie," Belarusian Foreign Minister Maxim Ryzhenkov '
        "said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert "Polish" not in q.claimant.name


def test_a_tagged_quote_that_is_no_verdict_keeps_the_claims(extractor: Extractor) -> None:
    text = _OPENING + (
        '"Such figures are nothing but a routine rotation planned long ago," the spokesman '
        "said."
    )
    for q in extractor.extract(text).quantities:
        assert q.claimant is not None and not q.claimant.denied
