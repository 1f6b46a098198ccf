"""A step the news is measured from ("a year after they signed") is history
(`bot.nlp.elapsed_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_a_year_after_they_signed(extractor: Extractor) -> None:
    text = (
        "Japan and India held naval drills on Friday, a year after they signed a defence "
        "pact."
    )
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.BACKGROUND)]


def test_months_after_the_treaty_was_ratified(extractor: Extractor) -> None:
    text = "The talks come months after Japan and India ratified a defence treaty."
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.BACKGROUND)]


def test_days_after_stay_news(extractor: Extractor) -> None:
    text = "Three days after Japan and India signed a defence pact, their navies met."
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.REPORTED)]


def test_news_that_came_days_after_a_step_makes_it_history(extractor: Extractor) -> None:
    text = "The summit came days after Japan and India ratified a defence treaty."
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.BACKGROUND)]


def test_a_step_that_came_into_force_after_another_is_news(extractor: Extractor) -> None:
    text = (
        "A defence treaty between Japan and India came into force on Monday after the two "
        "sides exchanged instruments of ratification."
    )
    stages = _steps(extractor, text)
    assert (Stage.IN_FORCE, Modality.REPORTED) in stages


def test_a_week_after_set_off_by_a_comma_is_history(extractor: Extractor) -> None:
    text = (
        "India's foreign minister flew to Tokyo on Monday, a week after Japan and India "
        "signed a defence pact."
    )
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.BACKGROUND)]


def test_just_days_after_set_off_by_a_comma_is_history(extractor: Extractor) -> None:
    text = (
        "Their navies met off Goa on Friday, just days after Japan and India signed a "
        "defence pact."
    )
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.BACKGROUND)]


def test_hours_after_set_off_by_a_comma_stay_news(extractor: Extractor) -> None:
    text = (
        "Their navies met off Goa on Friday, hours after Japan and India signed a "
        "defence pact."
    )
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.REPORTED)]


def test_a_named_gloss_between_after_and_the_step_is_read_past(extractor: Extractor) -> None:
    text = (
        "The visit came days after the Lok Sabha, India's lower house of parliament, voted to "
        "ratify a defence treaty with Japan."
    )
    assert [m for _, m in _steps(extractor, text)] == [Modality.BACKGROUND]


def test_a_gloss_without_a_came_after_stays_news(extractor: Extractor) -> None:
    text = (
        "The Lok Sabha, India's lower house of parliament, voted to ratify a defence treaty "
        "with Japan on Monday."
    )
    assert [m for _, m in _steps(extractor, text)] == [Modality.REPORTED]


def test_a_name_of_several_words_is_one_word_of_the_reach(extractor: Extractor) -> None:
    text = (
        "Two years after a security treaty between Belarus and North Korea took effect, "
        "border trade has tripled."
    )
    assert _steps(extractor, text) == [(Stage.IN_FORCE, Modality.BACKGROUND)]


def test_a_step_far_past_the_reach_stays_news(extractor: Extractor) -> None:
    # Near miss: too many words stand between "after" and the step.
    text = (
        "Two years after the war began, talks on a new and much wider border security "
        "treaty with Belarus resumed, and the treaty took effect on Monday."
    )
    assert (Stage.IN_FORCE, Modality.REPORTED) in _steps(extractor, text)
