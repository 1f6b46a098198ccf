"""Bare answers in labelled transcripts count the people the question asked about
(`bot.nlp.asked_turns`)."""

from __future__ import annotations

from bot.nlp import Extractor

BRIEFING = """Minister takes questions on Libya
The minister spoke to reporters after talks in Ankara. Part of the exchange follows.
Q: Minister, how many Syrian soldiers are still in Libya?
OZTURK: Our services put it at more than 7,000, and they are learning fast.
"""

INTERVIEW = """A commander on the southern front
Q: Where are the Syrians now?
Demir: I'd guess around 4,000 are still near Sirte, guarding the coast.
"""


def test_a_labelled_answer_counts_the_soldiers_asked_about(extractor: Extractor) -> None:
    [answer] = [q for q in extractor.extract(BRIEFING).quantities if q.value == 7000]
    assert (answer.measure, answer.actor, answer.qualifier) == ("troop", "Syria", "more than")


def test_a_named_speaker_answers_about_a_plural_demonym(extractor: Extractor) -> None:
    [answer] = [q for q in extractor.extract(INTERVIEW).quantities if q.value == 4000]
    assert answer.actor == "Syria"


def test_an_answer_after_a_statement_is_left_alone(extractor: Extractor) -> None:
    text = BRIEFING.replace("how many Syrian soldiers are still in Libya?", "thank you.")
    assert not [q for q in extractor.extract(text).quantities if q.value == 7000]


def test_a_question_quoting_a_figure_is_left_alone(extractor: Extractor) -> None:
    text = BRIEFING.replace("how many", "are 5,000")
    assert not [q for q in extractor.extract(text).quantities if q.value == 7000]


def test_a_figure_referred_to_is_left_alone(extractor: Extractor) -> None:
    text = BRIEFING.replace("put it at more than 7,000,", "won't confirm that 7,000 figure,")
    assert not [q for q in extractor.extract(text).quantities if q.value == 7000]
