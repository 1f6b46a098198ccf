"""A treaty step told by "the anniversary of the day ..." is as old as the anniversary says,
however long the relative clause; the day's own news step stays news."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor
from bot.nlp.anniversary_days import DAY_REACH, day_reach

_TEXT = (
    "Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui "
    "signed an agreement in Pyongyang on Friday, on the second anniversary of the day the two "
    "countries' mutual defence treaty entered into force."
)


def test_step_in_the_days_clause_is_background(extractor: Extractor) -> None:
    events = extractor.extract(_TEXT).events
    (in_force,) = [e for e in events if e.stage is Stage.IN_FORCE]
    assert in_force.modality is Modality.BACKGROUND


def test_news_step_before_the_anniversary_stays_reported(extractor: Extractor) -> None:
    events = extractor.extract(_TEXT).events
    (signed,) = [e for e in events if e.stage is Stage.SIGNED]
    assert signed.modality is Modality.REPORTED


def test_reach_grows_only_after_the_day() -> None:
    assert day_reach(["the", "day", "the", "treaty"], 0, 4, 6) == DAY_REACH
    assert day_reach(["the", "signing", "of", "the"], 0, 4, 6) == 6
