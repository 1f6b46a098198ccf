"""A sentence opening "Earlier <source> <reporting verb>" tells a claim from before the news
(`bot.nlp.earlier_openings`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_bare_earlier_before_a_source_is_background(extractor: Extractor) -> None:
    text = "Earlier the Lithuanian army claimed that some 6,000 Russian troops had reached Belarus."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (6000, Modality.BACKGROUND)


def test_earlier_this_week_is_left_to_the_date_rules(extractor: Extractor) -> None:
    text = "Earlier this week the Lithuanian army said 6,000 Russian troops had reached Belarus."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
