"""A question's premise ("Asked about a report by X that N, Y said ...") is X's claim."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_premise_of_a_question_is_its_sources_claim(extractor: Extractor) -> None:
    text = (
        "Asked about a report by Japan's defence ministry that Pyongyang had sent about 700 "
        'more soldiers to Russia, the spokesman said Moscow "values its friends".'
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 700]
    assert q.claimant is not None and "Japan" in q.claimant.entities
    assert not q.claimant.denied


def test_a_premise_the_answer_dismisses_stays_the_answerers_denial(
    extractor: Extractor,
) -> None:
    # Near miss: the answer calls the premise false, so the figure is the answerer's denial.
    text = (
        "Asked about a report by Japan's defence ministry that Pyongyang had sent about 700 "
        'more soldiers to Russia, the spokesman called it "a fabrication".'
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 700]
    assert q.claimant is not None and q.claimant.denied
    assert "Japan" not in q.claimant.entities
