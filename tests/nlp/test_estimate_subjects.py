"""A sideless estimate's count is the side's the sentence before counted
(`bot.nlp.estimate_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_estimate_continues_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "The ministry said about 300 Belarusian soldiers had been killed. "
        "Its estimate of overall casualties, counting the wounded, was about 1,900."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure, last.actor) == (1900, "casualty", "Belarus")


def test_a_sources_figure_continues_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "Kyiv says about 5,000 Belarusian soldiers have been killed or wounded. "
        "Warsaw's figure is 3,000."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.actor) == (3000, "Belarus")


def test_two_sides_counted_before_leave_the_estimate_unowned(extractor: Extractor) -> None:
    text = (
        "About 300 Belarusian soldiers were killed and 200 Polish soldiers were wounded in the "
        "clashes. "
        "The total estimate of casualties was about 1,900."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.value == 1900 and last.actor is None
