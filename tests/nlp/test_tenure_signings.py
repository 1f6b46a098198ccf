"""A signing placed in a past leader's or government's term is the treaty's history
(`bot.nlp.tenure_signings`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_signed_under_a_named_president_is_history(extractor: Extractor) -> None:
    text = (
        "The border treaty with Latvia signed under President Valdis Zatlers sets out "
        "joint patrols on the river."
    )
    assert (Stage.SIGNED, Modality.REPORTED) not in _steps(extractor, text)


def test_signed_under_the_previous_government_is_history(extractor: Extractor) -> None:
    text = (
        "The defence agreement between Estonia and Latvia signed under the previous "
        "government foresees joint patrols on the river."
    )
    assert (Stage.SIGNED, Modality.REPORTED) not in _steps(extractor, text)


def test_signed_under_pressure_stays_news(extractor: Extractor) -> None:
    text = "Estonia and Latvia signed the border treaty under pressure from Brussels on Monday."
    assert (Stage.SIGNED, Modality.REPORTED) in _steps(extractor, text)
