"""Key-figures boxes: section headings and bracketed sources (`bot.nlp.box_labels`,
`bot.nlp.box_sections`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BOX = (
    "FACTBOX-Belarus and Venezuela's pact in figures\n"
    "MINSK, May 2 (Wire) - Here are the main figures, as estimated by governments.\n"
    "SOLDIERS\n"
    "* Sent to Venezuela since March: about 3,000 in total (South Korea's NIS)\n"
    "* Still in Venezuela: about 2,100 (NIS); more than 2,600 (Colombia)\n"
    "* Killed and wounded: about 400, including some 90 dead (NIS); more than 700 (Colombia)\n"
)


def test_a_box_section_counts_its_headings_noun_by_each_bracketed_source(
    extractor: Extractor,
) -> None:
    found = [
        (q.value, q.measure, q.actor, q.claimant.entities[-1] if q.claimant else None)
        for q in extractor.extract(_BOX).quantities
    ]
    assert found == [
        (3000, "troop", "Belarus", "South Korea"),
        (2100, "troop", "Belarus", "South Korea"),
        (2600, "troop", "Belarus", "Colombia"),
        (400, "casualty", "Belarus", "South Korea"),
        (90, "casualty", "Belarus", "South Korea"),
        (700, "casualty", "Belarus", "Colombia"),
    ]


def test_a_section_whose_label_names_no_host_gets_no_sender(extractor: Extractor) -> None:
    text = _BOX.replace("Sent to Venezuela since March", "Sent since March").replace(
        "Still in Venezuela", "Still abroad"
    )
    assert all(q.actor is None for q in extractor.extract(text).quantities)


def test_prose_with_a_bracket_after_a_figure_keeps_its_source(extractor: Extractor) -> None:
    text = "Officials in Paris said about 3,000 Belarusian troops (a third of the force) left."
    found = extractor.extract(text).quantities
    assert [(q.value, q.actor) for q in found] == [(3000, "Belarus")]
    assert found[0].claimant is not None and "France" in found[0].claimant.entities
