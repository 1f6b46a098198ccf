"""In a dash-led interview, an answer's unattributed figure is the interviewee's claim."""

from __future__ import annotations

from bot.nlp import Extractor

_INTRO = (
    "WARSAW, May 3. Maria Kowalska, a spokeswoman for NATO, spoke about the drills in an "
    "interview with a local newspaper.\n"
)


def test_answers_are_the_interviewees(extractor: Extractor) -> None:
    text = (
        _INTRO
        + "- How many soldiers take part?\n"
        + "- By our count, about 12,000 troops from eleven countries are taking part.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 12000]
    assert q.claimant is not None and q.claimant.name == "Maria Kowalska"
    assert "NATO" in q.claimant.entities


def test_a_dashed_list_without_an_interview_is_left_alone(extractor: Extractor) -> None:
    text = (
        "WARSAW, May 3. The drills begin on Monday.\n"
        + "- Who takes part?\n"
        + "- About 12,000 troops from eleven countries.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 12000]
    assert q.claimant is None
