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


def test_a_chamber_vote_told_after_the_entry_into_force_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Japan and Peru's fisheries treaty entered into force on Friday, the foreign "
        "ministry said.\nJapan's lower house approved the treaty on March 3.\nPeru's "
        "congress ratified the treaty on April 9."
    )
    assert _steps(extractor, text) == [
        (Stage.IN_FORCE, Modality.REPORTED),
        (Stage.APPROVED, Modality.BACKGROUND),
        (Stage.RATIFIED, Modality.BACKGROUND),
    ]


def test_a_members_approval_after_the_upper_houses_ratification_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's Senate on Monday ratified a fisheries treaty with Peru.\nAll 40 senators "
        "present approved the treaty, the chamber said."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.APPROVED, Modality.BACKGROUND)
    ]


def test_a_later_step_after_an_approval_stays_news(extractor: Extractor) -> None:
    text = (
        "Chile's lower house on Monday approved a fisheries treaty with Peru.\nPeru's "
        "congress ratified the treaty on Tuesday, officials said."
    )
    assert _steps(extractor, text) == [
        (Stage.APPROVED, Modality.REPORTED), (Stage.RATIFIED, Modality.REPORTED)
    ]


def test_another_states_chamber_approving_after_a_ratification_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's Senate on Monday ratified a fisheries treaty with Peru.\nOn the same day, "
        "the lower house of Peru's congress approved the treaty, officials said."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.APPROVED, Modality.REPORTED)
    ]


def test_another_pacts_signing_after_an_entry_into_force_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "Japan and Peru's fisheries treaty entered into force on Friday, the foreign "
        "ministry said.\nSeparately, Japan and Peru signed an agreement on visas on Friday."
    )
    assert _steps(extractor, text) == [
        (Stage.IN_FORCE, Modality.REPORTED), (Stage.SIGNED, Modality.REPORTED)
    ]


def test_steps_told_after_entry_into_force_are_its_road(extractor: Extractor) -> None:
    text = (
        "ASTANA (Agency) - The friendship treaty between Kazakhstan and Russia took "
        "effect on Monday, the Kazakh Foreign Ministry said.\nThe document was signed in "
        "Moscow on Feb. 2 by the two presidents. Kazakhstan's parliament ratified the treaty "
        "on April 30."
    )
    steps = _steps(extractor, text)
    assert (Stage.IN_FORCE, Modality.REPORTED) in steps
    assert (Stage.SIGNED, Modality.BACKGROUND) in steps
    assert (Stage.RATIFIED, Modality.BACKGROUND) in steps
    assert sum(m is Modality.REPORTED for _, m in steps) == 1


def test_a_new_agreement_after_entry_into_force_stays_news(extractor: Extractor) -> None:
    text = (
        "ASTANA, June 3 (Agency) - The friendship treaty between Kazakhstan and Russia took "
        "effect on Monday, the Kazakh Foreign Ministry said.\nSeparately, Kazakhstan and "
        "Russia signed a visa agreement on Monday."
    )
    assert (Stage.SIGNED, Modality.REPORTED) in _steps(extractor, text)


def test_a_ratification_told_after_an_old_entry_into_force_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Two years ago, the border treaty between Armenia and Azerbaijan entered into force.\n"
        "Armenia's parliament ratified the treaty on Nov. 9, and Azerbaijan's on Nov. 12."
    )
    assert all(m is Modality.BACKGROUND for _, m in _steps(extractor, text))


def test_a_new_agreement_after_an_old_entry_into_force_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "Two years ago, the border treaty between Armenia and Azerbaijan entered into force.\n"
        "On Thursday Armenia's parliament ratified an agreement with Azerbaijan on fisheries."
    )
    assert (Stage.RATIFIED, Modality.REPORTED) in _steps(extractor, text)


def test_a_pact_named_by_its_topic_after_an_old_entry_into_force_stays_news(
    extractor: Extractor,
) -> None:
    text = (
        "Two years ago, the border treaty between Armenia and Azerbaijan entered into force.\n"
        "On Thursday Armenia's parliament ratified the agreement between Armenia and "
        "Azerbaijan on fisheries."
    )
    assert (Stage.RATIFIED, Modality.REPORTED) in _steps(extractor, text)
