"""A figure in the "if" clause of a question is supposed, not told."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_supposed_deployment_in_a_question_is_no_figure(extractor: Extractor) -> None:
    text = "Q: If Belarus sent 20,000 troops into Ukraine, would NATO respond?"
    assert not extractor.extract(text).quantities


def test_hypothetically_were_to_send(extractor: Extractor) -> None:
    text = "Hypothetically, if Minsk were to deploy 7,000 soldiers, what would Kyiv do?"
    assert not extractor.extract(text).quantities


def test_a_question_figure_outside_the_condition_stays(extractor: Extractor) -> None:
    text = "If so, does that mean 3,000 Belarusian troops have crossed the border?"
    assert [q.value for q in extractor.extract(text).quantities] == [3000]


def test_a_conditional_statement_is_left_alone(extractor: Extractor) -> None:
    text = "If talks fail, Belarus will send 5,000 more troops to the border."
    assert [q.value for q in extractor.extract(text).quantities] == [5000]
