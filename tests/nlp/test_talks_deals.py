"""A deal still under talks is planned (`bot.nlp.talks_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_figures_of_a_deal_under_talks_are_planned(extractor: Extractor) -> None:
    text = (
        "Negotiations with Norway on a contract for 40 K9 howitzers, worth about $900 "
        "million, are nearly done, the agency said."
    )
    got = [(q.value, q.modality) for q in extractor.extract(text).quantities]
    assert got == [(40, Modality.PLANNED), (900_000_000, Modality.PLANNED)]


def test_a_deal_signed_after_talks_is_done(extractor: Extractor) -> None:
    text = "Talks on the order ended, and Norway signed a contract worth $900 million."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (900_000_000, Modality.REPORTED)
