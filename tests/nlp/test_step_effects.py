"""An exit that "takes effect" on a set date is a planned withdrawal, not a treaty in force."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> set[tuple[Stage, Modality]]:
    return {(e.stage, e.modality) for e in extractor.extract(text).events}


def test_a_withdrawal_that_takes_effect_on_a_date_is_planned(extractor: Extractor) -> None:
    text = "Chile's withdrawal from the fisheries pact takes effect in June 2027."
    assert _steps(extractor, text) == {(Stage.WITHDRAWN, Modality.PLANNED)}


def test_a_withdrawal_that_will_take_effect_in_a_month_is_planned(extractor: Extractor) -> None:
    text = "Chile's withdrawal from the fisheries pact will take effect in June."
    assert _steps(extractor, text) == {(Stage.WITHDRAWN, Modality.PLANNED)}



def test_a_withdrawal_that_took_effect_is_done(extractor: Extractor) -> None:
    text = "Chile's withdrawal from the fisheries pact took effect in June 2019."
    assert _steps(extractor, text) == {(Stage.WITHDRAWN, Modality.BACKGROUND)}


def test_a_done_exit_and_its_date_of_effect_are_two_steps(extractor: Extractor) -> None:
    text = (
        "Peru's president signed a decree in March 2024 withdrawing the country from the "
        "fisheries pact, and the withdrawal takes effect in March 2027."
    )
    assert _steps(extractor, text) == {
        (Stage.WITHDRAWN, Modality.BACKGROUND),
        (Stage.WITHDRAWN, Modality.PLANNED),
    }
