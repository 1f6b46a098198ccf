"""A past day's count recalled "as reported earlier" stays news (`bot.nlp.past_day_recalls`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _casualties(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities if q.category == "casualty"]


def test_a_past_day_count_recalled_as_reported_earlier_is_news(extractor: Extractor) -> None:
    text = (
        "As reported earlier, the General Staff estimated Russia's combat losses over the "
        "past day at 1,040 personnel."
    )
    assert _casualties(extractor, text) == [Modality.REPORTED]


def test_a_last_24_hours_count_said_earlier_is_news(extractor: Extractor) -> None:
    text = "The General Staff said earlier that Russia lost 1,100 soldiers in the last 24 hours."
    assert _casualties(extractor, text) == [Modality.REPORTED]


def test_a_month_old_count_recalled_as_reported_earlier_stays_history(
    extractor: Extractor,
) -> None:
    text = (
        "As reported earlier, the General Staff estimated Russia's combat losses last month "
        "at 31,000 personnel."
    )
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_said_earlier_this_week_stays_history(extractor: Extractor) -> None:
    text = "Budanov said earlier this week that Russia lost 1,200 soldiers over the past day."
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_a_recalled_running_total_stays_history(extractor: Extractor) -> None:
    text = (
        "As reported earlier, the total combat losses of the enemy amounted to about "
        "1,007,000 personnel, including 1,020 over the past day."
    )
    assert _casualties(extractor, text) == [Modality.BACKGROUND, Modality.BACKGROUND]
