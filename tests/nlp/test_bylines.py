"""A page's stamp dates the article when no dateline does (`bot.nlp.bylines`)."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor

_STEP = "Chile and Peru signed a fisheries pact in Lima, and it entered into force on March 3."


@pytest.mark.parametrize(
    "stamp",
    [
        "Author: Ana Ruiz • April 20, 2025 09:10",
        "Published : Apr. 20, 2025 - 09:10",
        "Andes Desk • Updated 20.4.2025 09:10",
        "Published: 2025-04-20 09:10",
    ],
)
def test_a_step_weeks_before_the_stamp_is_history(extractor: Extractor, stamp: str) -> None:
    text = f"Pact news\n{stamp}\n{_STEP}"
    events = extractor.extract(text).events
    in_force = [e for e in events if e.stage is Stage.IN_FORCE]
    assert [e.modality for e in in_force] == [Modality.BACKGROUND]


def test_without_a_stamp_the_step_is_news(extractor: Extractor) -> None:
    events = extractor.extract(f"Pact news\nBy Ana Ruiz\n{_STEP}").events
    assert [e.modality for e in events if e.stage is Stage.IN_FORCE] == [Modality.REPORTED]


def test_a_briefing_opening_line_dates_the_page(extractor: Extractor) -> None:
    text = (
        "Pact news, day 90\nHere is the situation on Sunday, April 20, 2025.\n"
        "Chile and Peru signed a fisheries pact in Lima on March 3."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND


def test_a_bare_date_line_under_the_headline_dates_the_page(extractor: Extractor) -> None:
    text = (
        "Pact news: the road so far\n3 May 2025\nShare\n"
        "April 2: Peru's congress ratifies the fisheries pact with Chile.\n"
        "April 30: Chile's senate ratifies the fisheries pact with Peru."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert [e.modality for e in events] == [Modality.BACKGROUND, Modality.REPORTED]


def test_a_date_inside_a_sentence_is_no_stamp(extractor: Extractor) -> None:
    text = "Pact news\nChile ratified the pact on 3 May 2025.\nApril 2: Peru ratifies the pact."
    events = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert all(e.modality is Modality.REPORTED for e in events)


def test_a_bare_date_line_below_a_long_page_header_dates_the_story(
    extractor: Extractor,
) -> None:
    text = (
        "Ports Are Filling Up. Shippers Are Still Waiting.\n"
        "Trade Analysis\n"
        "Exporters say the queues have grown. But the fees keep rising.\n"
        "By Ana Ruiz and Tom Lee\n"
        "Reporting from Lima\n"
        "April 20, 2025\n"
        "Updated 5:02 a.m. ET\n"
        f"{_STEP}"
    )
    steps = extractor.extract(text).events
    assert steps
    assert all(e.modality is Modality.BACKGROUND for e in steps if e.stage is Stage.IN_FORCE)
