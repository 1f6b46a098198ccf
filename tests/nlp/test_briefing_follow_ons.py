"""An undated "the ministry said" right after a dated briefing goes on with that briefing."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_BRIEFING = (
    "Poland's defence ministry told parliament last week that 1,200 Belarusian troops had "
    "moved to the border. "
)


def test_an_undated_follow_on_of_a_dated_briefing_is_background(extractor: Extractor) -> None:
    text = _BRIEFING + "About 800 of them are conscripts, the ministry said."
    facts = extractor.extract(text)
    assert [q.value for q in facts.quantities] == [1200, 800]
    assert all(q.modality is Modality.BACKGROUND for q in facts.quantities)


def test_a_follow_on_with_its_own_date_stays_news(extractor: Extractor) -> None:
    text = _BRIEFING + "About 800 more arrived on Tuesday, the ministry said."
    facts = extractor.extract(text)
    assert facts.quantities[-1].value == 800
    assert facts.quantities[-1].modality is Modality.REPORTED


def test_a_present_tense_follow_on_stays_news(extractor: Extractor) -> None:
    text = _BRIEFING + "About 800 of them are conscripts, the ministry says."
    facts = extractor.extract(text)
    assert facts.quantities[-1].modality is Modality.REPORTED


def test_a_follow_on_of_a_source_whose_newest_figure_is_news_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "The ministry now puts the number of Belarusian troops at the border at 1,500, up "
        "from the 1,200 it reported in March. About 800 of them are conscripts, the ministry "
        "said."
    )
    facts = extractor.extract(text)
    assert facts.quantities[-1].value == 800
    assert facts.quantities[-1].modality is Modality.REPORTED
