"""A figure opening its own clause after ", and" is told by its own verb, not the plan or
the date before the comma."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str, value: float) -> Modality:
    [q] = [q for q in extractor.extract(text).quantities if q.value == value]
    return q.modality


def test_a_figure_with_its_own_verb_after_and_is_reported(extractor: Extractor) -> None:
    text = (
        "Belarus plans to move 3,000 soldiers to the border, and about 400 of its troops "
        "have been wounded in drills since May, the ministry said."
    )
    assert _modality(extractor, text, 3000) is Modality.PLANNED
    assert _modality(extractor, text, 400) is Modality.REPORTED


def test_a_second_object_after_and_stays_planned(extractor: Extractor) -> None:
    text = "Belarus plans to move 3,000 soldiers to the border, and 200 tanks to the north."
    assert _modality(extractor, text, 200) is Modality.PLANNED


def test_a_year_in_the_first_clause_leaves_the_share_after_and_news(
    extractor: Extractor,
) -> None:
    text = (
        "The navy has ordered 12 frigates under contracts signed in 2019 and 2021, and 7 of "
        "them have been delivered."
    )
    modality = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert modality == {12: Modality.BACKGROUND, 7: Modality.REPORTED}


def test_a_figure_after_and_the_first_with_its_own_verb_is_reported(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus has decided to move 4,000 soldiers to the border, and the first 600 of them "
        "have already arrived in Brest, officials said."
    )
    assert _modality(extractor, text, 4000) is Modality.PLANNED
    assert _modality(extractor, text, 600) is Modality.REPORTED


def test_a_second_object_after_and_the_stays_planned(extractor: Extractor) -> None:
    text = "Belarus has decided to move 4,000 soldiers to the border, and the 300 tanks north."
    assert _modality(extractor, text, 300) is Modality.PLANNED
