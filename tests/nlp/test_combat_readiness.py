"""Troops being readied for combat are counted now; a force readied to be sent is a plan
(`bot.nlp.combat_readiness`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_troops_being_prepared_for_combat_are_news(extractor: Extractor) -> None:
    text = "Kyiv said about 7,000 Belarusian soldiers were being prepared for combat near Gomel."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (7000, Modality.REPORTED)


def test_troops_being_readied_for_the_front_are_news(extractor: Extractor) -> None:
    text = "Kyiv said 4,000 Belarusian troops were being readied for the front."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (4000, Modality.REPORTED)


def test_troops_being_prepared_for_deployment_stay_planned(extractor: Extractor) -> None:
    text = "Kyiv said 7,000 Belarusian soldiers were being prepared for deployment abroad."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_prepared_for_combat_and_then_sent_stays_planned(extractor: Extractor) -> None:
    text = "Kyiv said 7,000 Belarusian soldiers were being prepared for combat and would be sent."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
