"""A key-points bullet restating a body figure is the same fact, told once."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_bulleted_figure_the_body_repeats_is_kept_once(extractor: Extractor) -> None:
    text = (
        "Belarus troops at the border: the essentials\n"
        "Key points\n"
        "- The ministry says about 4,000 Belarusian soldiers are near the border.\n"
        "MINSK - The defence ministry said on Monday that about 4,000 Belarusian soldiers "
        "are near the border with Lithuania."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert len(found) == 1
    assert "Lithuania" in found[0].sentence


def test_a_bullet_of_its_own_is_kept(extractor: Extractor) -> None:
    text = (
        "Belarus troops at the border: the essentials\n"
        "Key points\n"
        "- Minsk has moved 600 tanks to the border.\n"
        "MINSK - The defence ministry said on Monday that 4,000 soldiers are near the border."
    )
    values = {q.value for q in extractor.extract(text).quantities}
    assert {600, 4000} <= values
