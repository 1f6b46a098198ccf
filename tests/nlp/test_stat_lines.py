"""A fact box's line "figure — what it counts" reads the figure across the dash; a dash
inside a sentence, or between two numbers, is left alone."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_bulleted_figure_counts_the_noun_after_the_dash(extractor: Extractor) -> None:
    text = (
        "THE FORCES\n"
        "• 40,000+ — Belarusian troops massed near the border, according to Warsaw.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier, q.actor) == (40000, "troop", "more than", "Belarus")


def test_a_dashed_line_of_fallen_soldiers_is_a_casualty_count(extractor: Extractor) -> None:
    text = "THE TOLL\n• 2,300 — Georgian soldiers killed or wounded, according to Tbilisi.\n"
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (2300, "casualty")


def test_a_vague_amount_reads_across_the_dash(extractor: Extractor) -> None:
    text = "THE SUPPLIES\n• Thousands — artillery shells sent to Minsk, according to Kyiv.\n"
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (None, "shell", "thousands")


def test_a_dash_inside_a_sentence_opens_an_aside(extractor: Extractor) -> None:
    text = "Police gave a count. 40 — a record for the town — soldiers were seen marching."
    assert not [q for q in extractor.extract(text).quantities if q.value == 40]


def test_a_dash_between_two_numbers_stays_a_range(extractor: Extractor) -> None:
    text = "• 3,000 — 4,000 troops crossed the border, Kyiv said.\n"
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.value_max, q.measure) == (3000, 4000, "troop")
