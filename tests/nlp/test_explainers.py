"""Dated steps told in a Q&A explainer are history (`bot.nlp.explainers`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor
from bot.nlp.explainers import is_question_and_answer

QA = """Explainer: the Armenia-Georgia border accord
What does the accord say?
It fixes the border along the river and opens two crossings.
How did it come about?
Georgia's parliament ratified the accord with Armenia on 3 March.
The accord entered into force on 20 April.
Who opposes it?
Farmers near the river say they will lose grazing land.
"""


def test_a_page_of_question_headings_is_a_q_and_a() -> None:
    assert is_question_and_answer(QA)
    assert not is_question_and_answer('Why now? "Why not?" he asked.\nHe left.')


def test_dated_steps_in_answers_are_background(extractor: Extractor) -> None:
    events = extractor.extract(QA).events
    assert {e.stage for e in events} == {Stage.RATIFIED, Stage.IN_FORCE}
    assert all(e.modality is Modality.BACKGROUND for e in events)


def test_the_same_steps_in_a_news_story_stay_news(extractor: Extractor) -> None:
    text = "Georgia's parliament ratified the accord with Armenia on Monday."
    [event] = extractor.extract(text).events
    assert event.modality is Modality.REPORTED


QA_PEG = """Explainer: where the Armenia-Georgia border accord stands
What does the accord say?
It fixes the border along the river and opens two crossings.
Where does it stand now?
Georgia's parliament ratified the accord with Armenia on Tuesday.
Who opposes it?
Farmers near the river say they will lose grazing land.
"""

LEDE_QA = """Armenia and Georgia finish ratifying their border accord
Analysis | 12 May 2025
Georgia's parliament ratified the border accord with Armenia on Tuesday, the speaker said.
What does the accord say?
It fixes the border along the river and opens two crossings.
How did it come about?
Armenia's parliament ratified the accord with Georgia on 3 March.
Who opposes it?
Farmers near the river say they will lose grazing land.
"""


def test_a_step_of_the_news_week_in_a_q_and_a_stays_news(extractor: Extractor) -> None:
    [event] = extractor.extract(QA_PEG).events
    assert (event.stage, event.modality) == (Stage.RATIFIED, Modality.REPORTED)


def test_a_month_dated_step_in_the_same_q_and_a_is_history(extractor: Extractor) -> None:
    text = QA_PEG.replace("on Tuesday", "in March")
    [event] = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND


def test_the_news_peg_above_the_first_question_stays_news(extractor: Extractor) -> None:
    events = extractor.extract(LEDE_QA).events
    modalities = {e.sentence.split("'")[0]: e.modality for e in events}
    assert modalities["Georgia"] is Modality.REPORTED  # the lede
    assert modalities["Armenia"] is Modality.BACKGROUND  # an answer
