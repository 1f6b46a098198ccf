"""Page stamps that the story's date is read from (`bot.nlp.stamp_clocks`, `bot.nlp.bylines`):
a weekday and a clock time around the date, a middle dot between parts, a zero-padded day."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor

_STEP = "Chile and Peru signed a fisheries pact in Lima, and it entered into force on March 3."


@pytest.mark.parametrize(
    "stamp",
    [
        "Tue 22 Apr 2025 08.15 BST",
        "Lima · Apr. 22, 2025 · 6 min read",
        "Published: 02 May 2025, 11:20",
    ],
)
def test_a_step_weeks_before_the_stamp_is_history(extractor: Extractor, stamp: str) -> None:
    text = f"Fisheries news\n{stamp}\n{_STEP}"
    in_force = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert [e.modality for e in in_force] == [Modality.BACKGROUND]


def test_a_step_days_before_the_stamp_is_news(extractor: Extractor) -> None:
    text = f"Fisheries news\nWed 5 Mar 2025 08.15 GMT\n{_STEP}"
    in_force = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert [e.modality for e in in_force] == [Modality.REPORTED]


@pytest.mark.parametrize("stamp", ["April 22, 2025 — 6:00am", "22 April 2025 - 9.30 pm"])
def test_a_stamp_with_a_dash_before_its_clock_dates_the_story(
    extractor: Extractor, stamp: str
) -> None:
    text = f"Fisheries news\nBy Ana Ruiz\n{stamp}\n{_STEP}"
    in_force = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert [e.modality for e in in_force] == [Modality.BACKGROUND]


def test_a_dash_before_a_place_is_no_stamp(extractor: Extractor) -> None:
    # "April 22, 2025 — Lima" ends in no clock: not a bare date line, so no story date.
    text = f"Fisheries news\nApril 22, 2025 — Lima\n{_STEP}"
    in_force = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert [e.modality for e in in_force] == [Modality.REPORTED]
