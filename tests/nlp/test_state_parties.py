"""An agreement two states make is a treaty whatever trade it covers
(`bot.nlp.state_parties`, used by `labour_deals` and `step_checks`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, tuple[str, ...]]]:
    return [(e.stage, e.parties) for e in extractor.extract(text).events]


def test_pact_between_states_on_workers_is_a_treaty(extractor: Extractor) -> None:
    text = (
        "An agreement between Vietnam and Japan on the recruitment of seasonal workers "
        "entered into force on Monday."
    )
    assert _steps(extractor, text) == [(Stage.IN_FORCE, ("Vietnam", "Japan"))]


def test_two_state_labour_pact_is_a_treaty(extractor: Extractor) -> None:
    text = "Vietnam-Japan labour pact enters into force"
    assert [stage for stage, _ in _steps(extractor, text)] == [Stage.IN_FORCE]


def test_union_labour_agreement_stays_no_treaty(extractor: Extractor) -> None:
    text = "Workers at the Boeing plant in Canada ratified the new labour agreement on Monday."
    assert not _steps(extractor, text)
