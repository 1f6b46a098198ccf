"""A progressive passive of moving men tells a movement under way, not a plan."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_soldiers_being_moved_are_news(extractor: Extractor) -> None:
    text = "Minsk said about 1,800 Belarusian soldiers were being moved towards the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (1800, Modality.REPORTED)


def test_vague_troops_being_transferred_are_news(extractor: Extractor) -> None:
    text = "Officials said hundreds of Belarusian troops are being transferred to the south."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (None, Modality.REPORTED)


def test_troops_being_readied_stay_planned(extractor: Extractor) -> None:
    text = "Minsk said another 2,000 Belarusian soldiers were being prepared at home."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_move_pointed_ahead_stays_planned(extractor: Extractor) -> None:
    text = "Minsk said 2,000 Belarusian soldiers are being sent to the border next month."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
