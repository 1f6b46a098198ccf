"""A date after "down from"/"than" dates the compared figure, not the current count."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor
from bot.nlp.compared_dates import compared_date, later_clause_date


def test_a_peaks_year_leaves_last_weeks_count_news(extractor: Extractor) -> None:
    text = (
        "Seoul's spy agency said last week that some 6,000 Russian troops remain in Belarus, "
        "down from about 20,000 in 2022."
    )
    now, peak = extractor.extract(text).quantities
    assert (now.value, now.modality) == (6000, Modality.REPORTED)
    assert (peak.value, peak.modality) == (20000, Modality.BACKGROUND)


def test_an_undated_briefing_keeps_the_count_news(extractor: Extractor) -> None:
    text = "Officials say about 4,000 Belarusian troops are near the border, up from 2,500 in 2023."
    now = extractor.extract(text).quantities[0]
    assert (now.value, now.modality) == (4000, Modality.REPORTED)


def test_a_date_in_the_figures_own_clause_still_dates_it(extractor: Extractor) -> None:
    # Near miss: "from" is a place here, no comparison, so 2022 dates the move itself.
    text = (
        "Seoul's spy agency said last week that some 6,000 Russian troops moved from Belarus "
        "in 2022."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def _words(text: str) -> list[str]:
    return text.split()


def test_comparison_words() -> None:
    assert compared_date(_words("9,000 remain , down from 15,000 in 2025"), 1, 7)
    assert not compared_date(_words("9,000 moved from kursk in 2025"), 1, 5)
    assert later_clause_date(_words("the largest since it ordered jets in 2016"), 2, 7)
    assert not later_clause_date(_words("9,000 troops in 2016"), 1, 3)


def test_any_word_of_change_before_from() -> None:
    # The change words are the ones `baseline_reports` reads too: "rose from" as "up from".
    assert compared_date(_words("9,000 remain , which rose from 6,000 in 2025"), 1, 8)
    assert compared_date(_words("9,000 remain , which fell from 15,000 in 2025"), 1, 8)
    assert not compared_date(_words("9,000 remain , which came from kursk in 2025"), 1, 8)
