"""Figures stated first, their source named after: "This was reported by X"."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> list[tuple[str, ...] | None]:
    return [q.claimant.entities if q.claimant else None for q in extractor.extract(text).quantities]


def test_this_was_reported_by_gives_the_source(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "This was reported by the General Staff of the Armed Forces of Ukraine on Telegram."
    )
    assert _claimants(extractor, text) == [("Ukraine",)]


def test_a_claimed_figure_keeps_its_source(extractor: Extractor) -> None:
    text = (
        "Poland's defence ministry said 900 soldiers would take part in the drills. "
        "This was also reported by NATO."
    )
    (got,) = _claimants(extractor, text)
    assert got is not None and "Poland" in got


def test_an_active_report_by_names_no_earlier_source(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "Ukraine reported by Monday that the front was quiet."
    )
    assert _claimants(extractor, text) == [None]
