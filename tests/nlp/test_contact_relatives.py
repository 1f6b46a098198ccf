"""A dated reporting verb in a "the 1,500 it reported last week" relative tells of that
count only, not of the figures after it (`bot.nlp.contact_relatives`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_a_dated_relative_leaves_the_new_total_current(extractor: Extractor) -> None:
    text = (
        "The ministry said about 700 more marines had joined the 900 it reported last month, "
        "bringing the total to some 1,600."
    )
    assert _modalities(extractor, text)[1600] is Modality.REPORTED


def test_a_dated_verb_of_the_main_clause_still_dates_its_figures(extractor: Extractor) -> None:
    text = (
        "The ministry said last month that about 700 more marines had arrived, bringing the "
        "total to some 1,600."
    )
    assert _modalities(extractor, text)[1600] is Modality.BACKGROUND
