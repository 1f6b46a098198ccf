"""Briefing answers that reject a question's figures by refusing to trust their source."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.distrusted_answers import distrusts

_BRIEFING = (
    "LAGOS, May 4. The ministry's spokesman took questions from reporters on Monday.\n"
    "Question: Chad says that about 2,500 Nigerian soldiers have died near the lake. "
    "Is that so?\n"
    "Spokesman Bello: {answer}\n"
    "Question: Will the ministry give its own figure?\n"
    "Spokesman Bello: Not today.\n"
)


def _toll(extractor: Extractor, answer: str) -> tuple[bool, str]:
    facts = extractor.extract(_BRIEFING.format(answer=answer))
    (q,) = [q for q in facts.quantities if q.value == 2500]
    assert q.claimant is not None
    return q.claimant.denied, q.claimant.name


def test_no_reason_to_trust_denies_the_question_figure(extractor: Extractor) -> None:
    denied, name = _toll(
        extractor, "Those come from hostile services. We see no reason to trust them at all."
    )
    assert denied and "Bello" in name


def test_advising_not_to_believe_denies_the_question_figure(extractor: Extractor) -> None:
    denied, _ = _toll(extractor, "I would urge you not to believe such claims from N'Djamena.")
    assert denied


def test_an_answer_that_accepts_the_figure_denies_nothing(extractor: Extractor) -> None:
    denied, name = _toll(
        extractor, "I have no reason to doubt them. They may well be right, sadly."
    )
    assert not denied and "Chad" in name


def test_the_matcher_leaves_believing_a_clause_alone() -> None:
    assert not distrusts("i don't believe it will change before the summer.")
    assert distrusts("these figures cannot be trusted.")
    assert distrusts("we have no grounds to believe that.")
