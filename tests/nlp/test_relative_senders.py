"""A force counted before a relative clause naming its sender belongs to the sender
(`bot.nlp.relative_senders`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_troops_that_a_quoted_source_says_a_state_sent(extractor: Extractor) -> None:
    text = (
        "Of the nearly 9,000 soldiers that Nairobi says Eritrea has deployed to Sudan, "
        "about 1,200 have returned home."
    )
    assert _actors(extractor, text)[9000] == "Eritrea"


def test_troops_which_a_state_dispatched(extractor: Extractor) -> None:
    text = "The 2,500 troops which Chad dispatched in April are due to rotate out this week."
    assert _actors(extractor, text)[2500] == "Chad"


def test_a_place_after_a_preposition_is_no_sender(extractor: Extractor) -> None:
    text = "Officials counted 3,000 troops in Sudan deployed near the airport on Monday."
    assert _actors(extractor, text)[3000] is None


def test_troops_it_sent_belong_to_the_opening_subject(extractor: Extractor) -> None:
    text = (
        "Eritrea has lost about 300 soldiers in the fighting between Sudan and Chad, out of "
        "some 9,000 it has deployed since March, the mission said."
    )
    assert _actors(extractor, text)[9000] == "Eritrea"


def test_it_after_a_reporting_subject_is_not_the_reporter(extractor: Extractor) -> None:
    text = (
        "Chad said the mission had lost about 300 soldiers in Sudan, out of some 9,000 it "
        "has deployed since March."
    )
    assert _actors(extractor, text)[9000] != "Chad"


def test_troops_and_their_parts_before_an_including_aside_go_to_the_sender(
    extractor: Extractor,
) -> None:
    text = (
        "Officials counted a force of about 4,000 soldiers, including 200 officers and two "
        "generals, that Eritrea has deployed to Sudan."
    )
    actors = _actors(extractor, text)
    assert (actors[4000], actors[200], actors[2]) == ("Eritrea", "Eritrea", "Eritrea")


def test_an_including_aside_followed_by_no_relative_clause_names_no_sender(
    extractor: Extractor,
) -> None:
    text = (
        "Officials counted a force of about 4,000 soldiers, including 200 officers, near the "
        "border where Eritrea deployed tanks."
    )
    assert _actors(extractor, text)[4000] is None


def test_it_points_past_the_dateline_city_to_the_opening_subject(extractor: Extractor) -> None:
    text = (
        "WARSAW, March 3 (Wire) - Belarus has pulled back about 2,000 of the soldiers it "
        "deployed to the border, Poland's border guard said on Tuesday."
    )
    assert _actors(extractor, text)[2000] == "Belarus"


def test_a_dateline_city_opening_a_sentence_without_it_is_left_alone(
    extractor: Extractor,
) -> None:
    # Near miss: no "it" clause, so the sentence's own owner rules decide.
    text = (
        "WARSAW, March 3 (Wire) - Belarus has pulled back about 2,000 soldiers from the "
        "border, Poland's border guard said on Tuesday."
    )
    assert _actors(extractor, text)[2000] == "Belarus"
