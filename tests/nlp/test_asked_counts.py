"""Answers to "How many ...?" headings count what the question asked (`bot.nlp.asked_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor

ASKED_PEOPLE = """Explainer: Syria's fighters abroad
Syrian soldiers have been fighting in Libya for two years.
In 2019, 40 Turkish drones were lost and 12 of their operators were killed.
How many Syrians are in Libya now?
Analysts put the number at about 9,000.
"""


def test_a_bare_answer_counts_the_people_asked_about(extractor: Extractor) -> None:
    [answer] = [q for q in extractor.extract(ASKED_PEOPLE).quantities if q.value == 9000]
    assert (answer.measure, answer.actor) == ("troop", "Syria")


def test_a_bare_number_after_another_question_is_left_alone(extractor: Extractor) -> None:
    text = ASKED_PEOPLE.replace("How many Syrians are in Libya now?", "Why does it matter?")
    answers = [q for q in extractor.extract(text).quantities if q.value == 9000]
    assert all(q.actor != "Syria" for q in answers)


ASKED_LOSSES = """Explainer: Syria's fighters abroad
How many Syrian soldiers have gone to Libya?
Turkey's defence ministry said last week that Syria had sent about 9,000 soldiers.
How many have been killed or wounded?
The ministry said that losses stood at more than 1,400 killed and wounded.
"""


def test_an_ownerless_toll_answers_for_the_side_just_counted(extractor: Extractor) -> None:
    [toll] = [q for q in extractor.extract(ASKED_LOSSES).quantities if q.value == 1400]
    assert (toll.category, toll.actor) == ("casualty", "Syria")


def test_two_sides_counted_leave_the_toll_ownerless(extractor: Extractor) -> None:
    text = ASKED_LOSSES.replace(
        "Syria had sent about 9,000 soldiers.",
        "Syria had sent about 9,000 soldiers and Russia about 2,000 troops.",
    )
    [toll] = [q for q in extractor.extract(text).quantities if q.value == 1400]
    assert toll.actor is None
