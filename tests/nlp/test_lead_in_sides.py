"""A bulleted timeline whose lead-in names whose losses it counts (`bot.nlp.lead_in_sides`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_lead_ins_side_owns_each_lines_casualties(extractor: Extractor) -> None:
    text = (
        "Pyongyang has been silent.\n"
        "Estimates of Chinese casualties have climbed:\n"
        "• March: the NIS raised its estimate to about 2,300, with some 400 killed.\n"
        "• May: Ukraine's military intelligence estimates around 3,100 casualties.\n"
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert (400, "China") in found
    assert (3100, "China") in found
    assert all(actor == "China" for _, actor in found)


def test_a_line_naming_another_side_keeps_it(extractor: Extractor) -> None:
    text = (
        "Pyongyang has been silent.\n"
        "Estimates of Russian casualties have grown:\n"
        "• May: Ukrainian losses were about 900, officials said.\n"
    )
    assert [(q.value, q.actor) for q in extractor.extract(text).quantities] == [(900, "Ukraine")]


def test_a_list_without_a_named_side_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Pyongyang has been silent.\n"
        "Estimates of casualties have climbed:\n"
        "• March: the NIS raised its estimate to about 2,300, with some 400 killed.\n"
    )
    assert [q.actor for q in extractor.extract(text).quantities] == ["South Korea"]
