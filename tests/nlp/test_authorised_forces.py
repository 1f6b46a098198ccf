"""A force a body authorises counts its ceiling, a plan (`bot.nlp.authorised_forces`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The council on Monday authorised a new stabilisation force for Somalia of up to "
        "4,200 personnel.",
        "The African Union approved a 3,000-strong force for the border region.",
        "Parliament approved the deployment of up to 900 troops to the Sahel.",
    ],
)
def test_an_authorised_force_is_planned(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert (q.category, q.modality) == ("troop", Modality.PLANNED)


@pytest.mark.parametrize(
    "text",
    [
        # troops that arrived: the approval is of something else
        "Parliament approved the budget after 900 troops arrived in the Sahel.",
        # a force described as authorised before, sized by "with"
        "The regional mission, authorised last spring with 1,200 personnel, has 700 on duty.",
    ],
)
def test_troops_an_authorisation_does_not_size_stay(extractor: Extractor, text: str) -> None:
    q = next(q for q in extractor.extract(text).quantities if q.category == "troop")
    assert q.modality is not Modality.PLANNED
