"""", a figure (<relay>) came from <source>": the figure before the appositive is the
source's claim (`bot.nlp.figure_origins`), not the relay's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_figure_that_came_from_a_body_is_its_claim(extractor: Extractor) -> None:
    text = (
        "The minister told parliament that Belarus kept about 9,000 troops near the border, "
        "a figure she said came from NATO."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 9000 and q.claimant is not None
    assert q.claimant.entities[:1] == ("NATO",)


def test_a_figure_attributed_to_a_body_is_its_claim(extractor: Extractor) -> None:
    text = (
        "The minister told parliament that Belarus kept about 9,000 troops near the border, "
        "an estimate attributed to the Pentagon."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Pentagon" in q.claimant.entities


def test_a_figure_from_an_unnamed_source_stays_the_speakers(extractor: Extractor) -> None:
    # Near miss: "a source close to the talks" names no one, so the minister keeps it.
    text = (
        "The minister told parliament that Belarus kept about 9,000 troops near the border, "
        "a figure she said came from a source close to the talks."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "NATO" not in q.claimant.entities
    assert q.claimant.name == "The minister"
