"""Numbers-box lines take their source from the closing bracket (`bot.nlp.bracketed_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BOX = (
    "AT A GLANCE\n"
    "• Roughly 9,000 — Belarusian troops massed near the border (Ukraine's GUR)\n"
    "• 300 — Belarusian tanks on exercises (Kremlin spokesman Dmitry Peskov)\n"
)


def test_closing_bracket_is_the_lines_source(extractor: Extractor) -> None:
    quantities = extractor.extract(_BOX).quantities
    troops = next(q for q in quantities if q.value == 9000)
    assert troops.claimant is not None and "GUR" in troops.claimant.entities


def test_box_line_kept_beside_another_sources_later_count(extractor: Extractor) -> None:
    text = _BOX + "Separately, the Pentagon said 9,000 Belarusian troops were near the border."
    found = [q for q in extractor.extract(text).quantities if q.value == 9000]
    assert len(found) == 2  # the box's GUR count and the body's Pentagon count


def test_prose_bullet_bracket_is_not_a_source(extractor: Extractor) -> None:
    # Near miss: a prose bullet, not "figure — what it counts (source)".
    text = "• Belarus moved 9,000 troops near the border (GUR)\n"
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or "GUR" not in q.claimant.entities
