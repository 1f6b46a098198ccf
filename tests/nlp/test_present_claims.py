"""A present-tense claim inside an "after" clause is today's report, not history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_what_sources_say_were_is_reported(extractor: Extractor) -> None:
    text = (
        "The minister's trip came two years after the first of what Washington says were "
        "some 3,000 Belarusian soldiers crossed into the region."
    )
    (q,) = [x for x in extractor.extract(text).quantities if x.value == 3000]
    assert (q.measure, q.modality) == ("troop", Modality.REPORTED)


def test_past_saying_in_after_clause_stays_history(extractor: Extractor) -> None:
    text = (
        "The minister's trip came two years after Washington said some 3,000 Belarusian "
        "soldiers had crossed into the region."
    )
    (q,) = [x for x in extractor.extract(text).quantities if x.value == 3000]
    assert q.modality == Modality.BACKGROUND
