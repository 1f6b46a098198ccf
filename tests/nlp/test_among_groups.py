"""A modal that hedges who is in a group does not plan the group's count."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_group_guessed_into_is_no_plan(extractor: Extractor) -> None:
    text = "Her cousin may be among the roughly 8,000 Belarusian soldiers posted to the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_modal_on_the_count_itself_still_plans(extractor: Extractor) -> None:
    text = "Belarus may post 8,000 soldiers to the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_the_object_of_among_is_the_whole_group(extractor: Extractor) -> None:
    text = "The dead were among the 8,000 Belarusian soldiers posted to the border."
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.modality) == ("troop", Modality.REPORTED)
