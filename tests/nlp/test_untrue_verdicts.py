"""A claim its speaker calls untrue ("described ... as", "called ... a hoax") is that
speaker's denial."""

from __future__ import annotations

from bot.nlp import Extractor


def test_described_as_a_fake_is_the_describers_denial(extractor: Extractor) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov described media claims that 4,000 Belarusian soldiers "
        'had crossed into Ukraine as "another fabrication".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert "Peskov" in q.claimant.name


def test_a_set_off_speaker_dismissing_reports_as_lies(extractor: Extractor) -> None:
    text = (
        "Belarus's envoy to the European Union, Viktor Khrenin, dismissed Western reports "
        'of "20,000 troops" on the border as lies.'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name == "Viktor Khrenin"


def test_described_as_without_a_verdict_denies_nothing(extractor: Extractor) -> None:
    text = "Peskov described the 4,000 troops at the border as a routine rotation, he said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_called_a_hoax_without_as_is_the_callers_denial(extractor: Extractor) -> None:
    text = 'Viktor Khrenin last week called reports of 6,000 troops on the border "a clumsy hoax".'
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert "Khrenin" in q.claimant.name


def test_called_for_talks_before_a_figure_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Viktor Khrenin called for talks, and said 6,000 troops on the border were there "
        "for a drill, not a hoax."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_quoted_verdict_closing_a_claim_before_and_denies_it(extractor: Extractor) -> None:
    text = (
        "Minsk called reports that 5,000 Belarusian troops had entered Ukraine \"propaganda\" "
        "and said it had no such plans."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_quoted_praise_closing_a_claim_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Minsk called reports that 5,000 Belarusian troops had entered Ukraine \"alarming\" "
        "and said it had no such plans."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied
