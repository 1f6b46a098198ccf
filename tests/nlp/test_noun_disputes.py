""""Disputes over ..." is a quarrel, not a denial (`bot.nlp.noun_disputes`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_disputes_over_a_good_name_no_denying_source(extractor: Extractor) -> None:
    text = (
        "JAKARTA, June 9 (Wire) - The European Union and Indonesia signed a trade agreement "
        "on Tuesday, ending negotiations that began in 2016 and survived long disputes over "
        "palm oil."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.claimant for e in signed] == [None]


def test_disputes_with_an_object_still_denies(extractor: Extractor) -> None:
    text = "Moscow disputes reports that 3,000 North Korean soldiers were killed."
    found = extractor.extract(text).quantities
    assert [q.claimant.denied for q in found if q.claimant is not None] == [True]
