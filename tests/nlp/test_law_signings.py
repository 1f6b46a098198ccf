"""A signing told after a chamber's vote is the law's signing, a ratification
(`bot.nlp.law_signings`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_signing_it_after_the_upper_house_ratified(extractor: Extractor) -> None:
    text = (
        "Chile's senate ratified the fisheries treaty with Peru on Tuesday, and President "
        "Boric will sign it next week."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.PLANNED)
    ]


def test_signed_by_the_president_after_the_lower_house_approved(extractor: Extractor) -> None:
    text = (
        "Chile's lower house approved the fisheries treaty with Peru on Tuesday. "
        "The treaty must now be signed by President Gabriel Boric."
    )
    assert (Stage.RATIFIED, Modality.PLANNED) in _steps(extractor, text)


def test_signing_a_treaty_no_chamber_voted_on(extractor: Extractor) -> None:
    text = "Chile and Peru will sign the fisheries treaty next week."
    assert _steps(extractor, text) == [(Stage.SIGNED, Modality.PLANNED)]


def test_a_law_going_to_the_president_for_signature(extractor: Extractor) -> None:
    text = (
        "Poland's senate on Tuesday ratified the border treaty with Lithuania. The law now "
        "heads to the president for his signature."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.PLANNED)
    ]


def test_a_signature_with_no_vote_before_it_is_no_step(extractor: Extractor) -> None:
    text = "The petition now goes to the mayor for her signature."
    assert _steps(extractor, text) == []


def test_signature_awaited_beside_the_entry_into_force(extractor: Extractor) -> None:
    text = (
        "Chile's senate approved the fisheries treaty with Peru on Tuesday. The law now goes "
        "to President Boric for his signature, and the treaty will take effect once both "
        "sides notify each other."
    )
    assert _steps(extractor, text).count((Stage.RATIFIED, Modality.PLANNED)) == 1


def test_a_budget_sent_for_signature_with_no_vote_is_no_step(extractor: Extractor) -> None:
    text = (
        "Chile's economy grew by 2 percent last year. The budget law will now be sent to "
        "the head of state for signature."
    )
    assert _steps(extractor, text) == []
