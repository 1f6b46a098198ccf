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


def test_plural_withdrawals_of_listed_states_took_effect(extractor: Extractor) -> None:
    text = (
        "SANTIAGO, June 30 (Wire) - The withdrawals of Chile, Peru and Ecuador from the "
        "Lima fisheries convention took effect on Sunday, a year after they gave notice."
    )
    events = extractor.extract(text).events
    assert {(e.stage, e.modality) for e in events} == {(Stage.WITHDRAWN, Modality.REPORTED)}
    assert set(events[0].parties) == {"Chile", "Peru", "Ecuador"}


def test_plural_exits_will_take_effect_later(extractor: Extractor) -> None:
    text = "Chile's and Peru's exits from the fisheries pact will take effect next year."
    assert _steps(extractor, text) == {(Stage.WITHDRAWN, Modality.PLANNED)}


def test_a_treaty_taking_effect_after_listed_ratifications_is_in_force(
    extractor: Extractor,
) -> None:
    text = "After Chile, Peru and Ecuador ratified it, the fisheries pact took effect on Sunday."
    assert (Stage.IN_FORCE, Modality.REPORTED) in _steps(extractor, text)
