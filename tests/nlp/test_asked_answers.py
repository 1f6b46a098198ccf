"""A bare number answering a "how many" question counts what the question asked about."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_asked_toll_answered_in_a_quote(extractor: Extractor) -> None:
    text = (
        "Asked at a news conference how many Ukrainian soldiers had been killed since the "
        'invasion began, Zelensky said: "More than 55,000. I will not hide this number."'
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 55000]
    assert (q.measure, q.actor, q.qualifier) == ("casualty", "Ukraine", "more than")


def test_a_dash_led_question_and_answer(extractor: Extractor) -> None:
    text = (
        "KYIV, April 22. Andrii Yusov, a representative of the Defence Intelligence of "
        "Ukraine, spoke in an interview with the Agency.\n"
        "— How many North Korean military personnel are in Russia today?\n"
        "— According to our data, more than 10,000. Most of them are in the Kursk region.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 10000]
    assert (q.measure, q.actor) == ("troop", "North Korea")


def test_a_question_about_things_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Asked how many missiles had been fired at Kyiv this month, the spokesman said: "
        '"More than 400."'
    )
    assert not [q for q in extractor.extract(text).quantities if q.value == 400]


def test_a_range_after_a_question_is_left_to_other_rules(extractor: Extractor) -> None:
    text = "HOW MANY WERE SENT?\nEstimates range from 11,000 to 15,000."
    assert not [q for q in extractor.extract(text).quantities if q.measure == "troop"]


def test_a_nounless_question_counts_the_soldiers_told_before(extractor: Extractor) -> None:
    text = (
        "The defence minister told a broadcaster that the first clashes with North Korean "
        'units took place this week. "A small part of them have engaged," he said. Asked how '
        'many were now in the region, he said: "About 11,000 as of today."'
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 11000]
    assert (q.measure, q.actor, q.qualifier) == ("troop", "North Korea", "about")


def test_a_nounless_question_after_no_people_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The minister spoke about the new air defence systems this week. Asked how many were "
        'now in the region, he said: "About 40 as of today."'
    )
    assert not [q for q in extractor.extract(text).quantities if q.value == 40]
