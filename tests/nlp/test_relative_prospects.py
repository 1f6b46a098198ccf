"""A figure whose relative clause says it may yet be moved ("who can be transferred") is
planned; a relative clause of anything else leaves it reported."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_who_can_be_sent_is_planned(extractor: Extractor) -> None:
    text = "Minsk has some 4,000 Belarusian reservists who could be sent to the border next month."
    (q,) = extractor.extract(text).quantities
    assert q.value == 4000 and q.modality is Modality.PLANNED


def test_which_may_be_deployed_is_planned(extractor: Extractor) -> None:
    text = "Officials spoke of 30 Iranian drones which may be deployed over the winter, Kyiv said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_who_can_be_seen_stays_reported(extractor: Extractor) -> None:
    text = "The video shows 200 Belarusian soldiers who can be seen crossing a river, Kyiv said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
