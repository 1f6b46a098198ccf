"""A list of sources' estimates under a lead-in naming whose people they count."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.actor) for q in extractor.extract(text).quantities]


def test_lines_under_a_lead_in_naming_the_people_counted(extractor: Extractor) -> None:
    text = (
        "Figures differ widely. The sources disagree on Belarusian casualties. Here they are:\n"
        "LITHUANIA\n"
        "- State Security Department: about 2,500, including more than 600 killed.\n"
        "POLAND\n"
        "- General Staff: roughly 300 dead, as of March.\n"
    )
    actors = _actors(extractor, text)
    assert (600, "Belarus") in actors
    assert (300, "Belarus") in actors


def test_a_lead_in_naming_only_the_source_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Figures differ widely. Here is what Lithuania says about the losses:\n"
        "- State Security Department: about 2,500, including more than 600 killed.\n"
    )
    assert (600, "Lithuania") not in _actors(extractor, text)
