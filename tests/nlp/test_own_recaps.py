"""An agency's "As <itself> reported," recaps; another outlet's name only sources."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_own_agency_recap_is_background(extractor: Extractor) -> None:
    text = (
        "ODESA, March 3. /Ukrinform/. Air defence worked over the region overnight. "
        "As Ukrinform reported, on March 2 the governor said that 40 drones were shot down."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_bracketed_stamp_counts_as_own_agency(extractor: Extractor) -> None:
    text = (
        "SEOUL, May 8 (Yonhap) -- The army held drills on Thursday. "
        "As Yonhap reported, the North fired 12 rockets into the sea on Wednesday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_another_outlets_name_only_sources(extractor: Extractor) -> None:
    text = (
        "ODESA, March 3. /Ukrinform/. Air defence worked over the region overnight. "
        "As Reuters reported, the governor said that 40 drones were shot down."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
