"""A minister's "counterpart" signing takes the headline's state (`counterpart_parties`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_BODY = (
    "Norway's frigate bill comes due\n"
    "On Tuesday in Oslo, Defence Minister Tore Sandvik and his British counterpart, Alan "
    "Marsh, signed an intergovernmental agreement on the joint purchase of frigates."
)


def test_counterpart_signing_takes_the_headline_state(extractor: Extractor) -> None:
    (event,) = extractor.extract(_BODY).events
    assert event.modality is Modality.REPORTED
    assert set(event.parties) == {"United Kingdom", "Norway"}


def test_no_counterpart_adds_no_party(extractor: Extractor) -> None:
    text = (
        "Norway's frigate bill comes due\n"
        "On Tuesday in London, British officials signed an agreement on frigate exports."
    )
    for event in extractor.extract(text).events:
        assert "Norway" not in event.parties
