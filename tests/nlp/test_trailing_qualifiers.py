"""A qualifier after the number ("3,000 or so troops") keeps the figure and its hedge;
"one or more" counts nobody in particular."""

from __future__ import annotations

from bot.nlp import Extractor


def test_or_so_is_about(extractor: Extractor) -> None:
    text = "Minsk has moved 2,000 or so soldiers to the Polish border, Warsaw said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (2000, "troop", "about")


def test_or_more_is_at_least(extractor: Extractor) -> None:
    text = "Warsaw said 15 or more Belarusian drones crossed the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (15, "drone", "at least")


def test_number_word_or_more_is_no_figure(extractor: Extractor) -> None:
    text = "Police said one or more suspects fled the scene."
    assert not extractor.extract(text).quantities
