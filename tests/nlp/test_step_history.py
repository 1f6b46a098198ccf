"""Steps the news makes history (`bot.nlp.step_history`): a chamber's vote retelling the
news of the whole legislature's ratification."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_a_named_chamber_retelling_parliaments_ratification_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, May 4 (Agency) - South Korea's parliament on Tuesday ratified a fisheries "
        "treaty with Chile.\nThe treaty was backed by 201 lawmakers in the National Assembly, "
        "the speaker said."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.BACKGROUND)
    ]


def test_another_treatys_ratification_stays_news(extractor: Extractor) -> None:
    text = (
        "SEOUL, May 4 (Agency) - South Korea's parliament on Tuesday ratified a fisheries "
        "treaty with Chile.\nJapan's Diet also ratified a border treaty with Peru, officials "
        "said."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.REPORTED)
    ]
