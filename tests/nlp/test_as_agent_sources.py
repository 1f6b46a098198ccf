"""An ", as estimated by X," aside names the figure's source (`bot.nlp.as_agent_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {
        q.value: (q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    }


def test_an_as_estimated_by_aside_names_the_source(extractor: Extractor) -> None:
    text = (
        "Deputies from both the ruling and opposition blocs said the dispatch of about 4,000 "
        "Wagner fighters to Mali, as estimated by the French defence ministry, hurt the region."
    )
    name = _claimants(extractor, text)[4000]
    assert name is not None and "ministry" in name


def test_an_as_clause_without_a_reporting_agent_adds_no_source(extractor: Extractor) -> None:
    text = (
        "Opposition deputies said about 4,000 Wagner fighters were in Mali, as expected by "
        "most observers."
    )
    name = _claimants(extractor, text)[4000]
    assert name is None or "observers" not in name
