"""A tally told right after a vote retells it (`bot.nlp.retold_votes`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_deputies_backing_it_by_a_tally_is_the_same_vote(extractor: Extractor) -> None:
    text = (
        "Slovakia's parliament voted on Thursday to ratify Ukraine's accession to the "
        "energy treaty. Deputies backed the protocol by 98 votes to 31, with six abstentions."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_passive_tally_adds_no_approval(extractor: Extractor) -> None:
    text = (
        "Moldova's parliament on Friday ratified the Rome Statute. The statute was approved "
        "by 54 votes to 12."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.APPROVED not in stages


def test_a_chamber_named_with_the_tally_takes_its_own_step(extractor: Extractor) -> None:
    text = (
        "Poland's Sejm on Tuesday approved the border treaty with Lithuania. The Senate "
        "ratified the treaty by 81 votes to 2 on Thursday."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages.count(Stage.RATIFIED) == 1


def test_members_backing_the_law_retell_the_vote(extractor: Extractor) -> None:
    text = (
        "Kazakhstan's lower house on Monday approved the border treaty with Uzbekistan. The "
        "ratification law was backed by all 84 deputies present."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.APPROVED]


def test_a_members_tally_with_no_vote_before_is_its_own_step(extractor: Extractor) -> None:
    text = (
        "Kazakhstan and Uzbekistan signed a border treaty in May. The treaty was ratified by "
        "84 deputies on Monday."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED in stages


def test_bare_parliament_backing_it_by_a_tally_is_the_same_vote(extractor: Extractor) -> None:
    text = (
        "Estonia's Riigikogu on Tuesday ratified a defence cooperation agreement with "
        "Norway. Parliament backed the agreement by 71 votes to 9."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_another_chamber_backing_it_by_a_tally_is_kept(extractor: Extractor) -> None:
    text = (
        "Estonia's Riigikogu on Tuesday ratified a defence cooperation agreement with "
        "Norway. The Senate backed the agreement by 71 votes to 9."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED, Stage.RATIFIED]
