"""Steps told as an anniversary or as a signing before the day's news step are background
(`bot.nlp.step_occasions`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _signed(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage.value == "signed"]


def test_the_signing_whose_anniversary_is_marked_is_history(extractor: Extractor) -> None:
    text = (
        "MINSK, May 3 (Agency) - Belarus and Russia on Friday celebrated the fifth anniversary "
        "of the signing of the Union Treaty."
    )
    assert _signed(extractor, text) == [Modality.BACKGROUND]


def test_a_signing_on_an_anniversary_stays_news(extractor: Extractor) -> None:
    text = (
        "MINSK, May 3 (Agency) - On the anniversary of the victory, Belarus and Russia signed "
        "a new defence treaty."
    )
    assert _signed(extractor, text) == [Modality.REPORTED]


def test_a_signing_days_before_the_news_ratification_is_history(extractor: Extractor) -> None:
    text = (
        "ASTANA, May 20 (Agency) - Kazakhstan's parliament on Tuesday ratified the border "
        "treaty with Uzbekistan. The treaty was signed in Astana on May 15."
    )
    assert _signed(extractor, text) == [Modality.BACKGROUND]


def test_a_signing_dated_today_after_the_ratification_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "ASTANA, May 20 (Agency) - Kazakhstan's parliament on Tuesday ratified the border "
        "treaty with Uzbekistan. The two states signed a water treaty on May 20."
    )
    assert _signed(extractor, text) == [Modality.REPORTED]


_TEXT = (
    "ASTANA, March 3. Kazakh and Uzbek officials met in Astana to celebrate the second "
    "anniversary of the signing of the border treaty between Kazakhstan and Uzbekistan.\n"
    "The treaty was signed in Tashkent on March 3, 2024."
)


def test_anniversary_step_and_its_retelling_are_background(extractor: Extractor) -> None:
    events = extractor.extract(_TEXT).events
    assert events
    assert all(e.modality is Modality.BACKGROUND for e in events)


def test_signing_without_an_anniversary_is_news(extractor: Extractor) -> None:
    # Near miss: no anniversary told before, so a signing on a weekday stays news.
    text = "Kazakhstan and Uzbekistan signed a border treaty in Tashkent on Monday."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED
