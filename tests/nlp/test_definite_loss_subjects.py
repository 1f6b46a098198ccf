"""Losses of "the returning units" are those of the force the article just named
(`bot.nlp.definite_loss_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor

_LEAD = "Belarusian troops crossed into the Kherson region last month, Kyiv said. "


def test_the_definite_units_losses_are_the_named_forces(extractor: Extractor) -> None:
    text = _LEAD + (
        'An army spokesman said the newly arrived units had lost "about 300" men in their '
        "first week."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (300, "casualty", "Belarus")


def test_units_without_the_article_take_no_side(extractor: Extractor) -> None:
    # Near miss: bare "units" may be anyone's; a toll never carries on a side otherwise.
    text = _LEAD + "An army spokesman said units had lost about 300 men in their first week."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (300, "casualty", None)
