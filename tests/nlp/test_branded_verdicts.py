"""Verdicts of untruth by a verb of condemnation over a report noun, and the "information
provocation" idiom."""

from __future__ import annotations

from bot.nlp.extractor import extract


def _figure(text: str, value: float) -> tuple[bool, bool]:
    """(found, denied) for the figure `value` of the text."""
    for q in extract(text).quantities:
        if q.value == value:
            return True, q.claimant is not None and q.claimant.denied
    return False, False


def test_called_reports_a_fabrication_is_a_denial() -> None:
    text = (
        "The Belarusian embassy called reports of 4,000 Belarusian soldiers in Syria "
        '"a fabrication".'
    )
    assert _figure(text, 4000) == (True, True)


def test_called_reports_another_fake_is_a_denial() -> None:
    text = 'A Kremlin aide called reports of 7,000 Iranian advisers in Crimea "another fake."'
    assert _figure(text, 7000) == (True, True)


def test_information_provocation_is_a_denial() -> None:
    text = (
        "The senator told reporters that reports about 2,500 Chinese soldiers sent to "
        'Belarus were "an information provocation".'
    )
    assert _figure(text, 2500) == (True, True)


def test_provocation_alone_disputes_no_figure() -> None:
    text = "Minsk called the deployment of 2,500 Polish troops to the border a provocation."
    assert _figure(text, 2500)[1] is False


def test_information_war_as_an_activity_is_no_verdict() -> None:
    text = "The bloc waged an information war with 6,000 fake accounts, officials said."
    assert _figure(text, 6000)[1] is False
