"""Sentences that mention a treaty step without reporting a new one, claims that are
not one source's assertion, and owners that take an article ("from the North")."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor

VOTE = "The Sejm voted to ratify the defence treaty between Poland and Lithuania on Friday. "


@pytest.mark.parametrize(
    "follow",
    [
        # The noun names the law; the sentence retells the vote just reported.
        "The ratification bill won the backing of 401 members present.",
        # A stage noun with no determiner or party: the step in general.
        '"Ratification makes a pledge binding," said Anna Nowak, a law professor.',
    ],
)
def test_no_second_step(extractor: Extractor, follow: str) -> None:
    events = extractor.extract(VOTE + follow).events
    assert [e.stage for e in events] == [Stage.APPROVED]


def test_recalled_step_is_history(extractor: Extractor) -> None:
    text = (
        "WARSAW, May 20 (Wire) - The treaty between Poland and Lithuania entered into force "
        "on Monday. Lithuania finished its part on April 2, when a decree on ratification "
        "was issued in Vilnius, the ministry recalled."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [
        (Stage.IN_FORCE, Modality.REPORTED), (Stage.RATIFIED, Modality.BACKGROUND)
    ]


def test_treaty_named_by_contact_clause_is_no_signing(extractor: Extractor) -> None:
    text = "Unlike the accord Warsaw concluded with Lithuania, the new pact has no defence clause."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_figure_called_groundless_is_denied(extractor: Extractor) -> None:
    text = 'The envoy said that reports of 2,500 Chinese troops in Belarus were "baseless".'
    (figure,) = extractor.extract(text).quantities
    assert figure.claimant is not None and figure.claimant.denied


def test_joint_statement_is_each_states_claim(extractor: Extractor) -> None:
    text = "Tokyo and Canberra said that China had sent 4,000 troops to the border."
    (figure,) = extractor.extract(text).quantities
    assert figure.claimant is not None and figure.claimant.name == "Tokyo and Canberra"
    assert figure.claimant.entities == ("Japan", "Australia")


def test_troops_from_the_north_are_north_korean(extractor: Extractor) -> None:
    text = (
        "Seoul says North Korea is arming Russia. About 7,000 soldiers from the North "
        "have reached the front, Kyiv said."
    )
    (figure,) = extractor.extract(text).quantities
    assert figure.actor == "North Korea"


def test_chamber_votes_before_the_signed_ratification_are_history(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin on Friday signed into law the ratification of the treaty with Mongolia.\n"
        "The State Duma voted for the document on May 2, and the Federation Council backed it "
        "on May 9."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.body, e.modality) for e in events] == [
        (Stage.RATIFIED, "Vladimir Putin", Modality.REPORTED),
        (Stage.RATIFIED, "Federation Council", Modality.BACKGROUND),
        (Stage.APPROVED, "State Duma", Modality.BACKGROUND),
    ]


def test_a_signing_told_again_with_detail_is_history(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a defence pact on Monday.\n"
        "The two defence ministers signed the pact at a ceremony in Lima."
    )
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.REPORTED, Modality.BACKGROUND]
