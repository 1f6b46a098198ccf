"""A present-state figure a source gave last week is the latest word on it: news. A briefing
last month, a past-perfect telling, a superseded figure or a past step stays background."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "OSLO, May 14 (Wire) - Parliament met on Wednesday.\n"


def _modality(extractor: Extractor, sentence: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(_DATELINE + sentence).quantities if q.value == value]
    return q.modality


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said last week that about 4,500 Belarusian troops were still stationed "
        "in Mozyr.",
        "The ministry told lawmakers last week that some 4,500 Belarusian troops remained "
        "near the border.",
        "The ministry said on Tuesday last week that about 4,500 Belarusian soldiers had been "
        "wounded since the exercise began.",
        "About 4,500 Belarusian troops are now in Mozyr, the ministry said last week.",
        "The ministry said at a closed briefing last week that roughly 4,500 Belarusian troops "
        "were in Mozyr.",
    ],
)
def test_a_present_state_told_last_week_is_news(extractor: Extractor, sentence: str) -> None:
    assert _modality(extractor, sentence, 4500) is Modality.REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said last month that about 4,500 Belarusian troops were still stationed "
        "in Mozyr.",
        "The ministry had said last week that about 4,500 Belarusian troops were still "
        "stationed in Mozyr.",
        "The ministry now counts 6,000 Belarusian troops in Mozyr, up from the 4,500 it "
        "reported last week.",
        "The ministry said last week that about 4,500 Belarusian troops had crossed into Mozyr.",
        "The ministry said last week that about 4,500 Belarusian troops were stationed in Mozyr "
        "in March.",
    ],
)
def test_older_or_superseded_figures_stay_background(extractor: Extractor, sentence: str) -> None:
    assert _modality(extractor, sentence, 4500) is Modality.BACKGROUND


def test_a_present_state_told_earlier_this_month_is_news(extractor: Extractor) -> None:
    # A briefing of the news's own month: its count of how things stand is the latest word.
    sentence = ("The ministry told the defence committee earlier this month that about 4,500 "
                "Belarusian troops remained in Mozyr.")  # fmt: skip
    assert _modality(extractor, sentence, 4500) is Modality.REPORTED


def test_a_past_step_told_earlier_this_month_stays_background(extractor: Extractor) -> None:
    sentence = ("The ministry told the defence committee earlier this month that about 4,500 "
                "Belarusian troops had crossed into Mozyr.")  # fmt: skip
    assert _modality(extractor, sentence, 4500) is Modality.BACKGROUND


def test_losses_passed_last_week_are_the_latest_total(extractor: Extractor) -> None:
    text = "Budanov said last week that Belarusian losses had passed 8,000 killed and wounded."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_past_perfect_telling_of_a_passed_total_stays_background(
    extractor: Extractor,
) -> None:
    text = "Budanov had said last week that Belarusian losses had passed 8,000 killed and wounded."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_recent_total_within_this_year_is_news(extractor: Extractor) -> None:
    # "this year" is the current period: a total within it counts up to now.
    text = (
        "Ukraine's defence intelligence said last week that North Korean losses had reached "
        "4,000 this year."
    )
    assert _modality(extractor, text, 4000) is Modality.REPORTED


def test_a_recent_total_dated_to_a_month_stays_background(extractor: Extractor) -> None:
    # Near miss: a named month is an earlier period's count.
    text = (
        "Ukraine's defence intelligence said last week that North Korean losses had reached "
        "4,000 in January."
    )
    assert _modality(extractor, text, 4000) is Modality.BACKGROUND
