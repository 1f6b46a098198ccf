"""An interview's introduction may name the interviewee last, right before "said in an
interview"; the answers are still theirs."""

from __future__ import annotations

from bot.nlp import Extractor


def _answer_claimant(extractor: Extractor, intro: str) -> object:
    text = (
        intro
        + "\n- How many soldiers take part?\n"
        + "- By our count, about 12,000 troops from eleven countries are taking part.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 12000]
    return q.claimant


def test_a_name_before_said_in_an_interview_is_the_interviewee(extractor: Extractor) -> None:
    claimant = _answer_claimant(
        extractor,
        "WARSAW, May 3. The drills will be the largest in years, a spokeswoman for NATO "
        "Maria Kowalska said in an interview with the Agency.",
    )
    assert claimant is not None
    assert getattr(claimant, "name", None) == "Maria Kowalska"
    assert "NATO" in getattr(claimant, "entities", ())


def test_no_person_named_before_the_interview_is_left_alone(extractor: Extractor) -> None:
    claimant = _answer_claimant(
        extractor,
        "WARSAW, May 3. The drills will be the largest in years, officials at NATO said in "
        "an interview with the Agency.",
    )
    assert claimant is None
