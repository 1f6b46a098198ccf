"""A briefing question's figures that the answer calls untrue are the answerer's denial."""

from __future__ import annotations

from bot.nlp import Extractor

_ASKED = (
    "Question: Polish intelligence says about 2,500 Belarusian soldiers have been moved "
    "to the border this month. Your comment?\n"
)


def test_an_answer_calling_the_claim_a_fabrication_denies_it(extractor: Extractor) -> None:
    text = _ASKED + (
        "Anatoly Glaz: This is another fabrication of the Polish special services. "
        'Their "2,500 soldiers" exist only in Warsaw.\n'
    )
    qs = extractor.extract(text).quantities
    assert [q.value for q in qs] == [2500]  # the answer's quoting back adds no figure
    assert qs[0].claimant is not None and qs[0].claimant.denied
    assert qs[0].claimant.name == "Anatoly Glaz"


def test_an_answer_without_a_verdict_leaves_the_question_alone(
    extractor: Extractor,
) -> None:
    text = _ASKED + "Anatoly Glaz: I will not comment on troop movements inside our country.\n"
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
