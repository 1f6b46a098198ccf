""""ceased to be parties to the Convention" is a withdrawal (`bot.nlp.ceased_parties`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_ceasing_to_be_parties_to_a_treaty_is_a_withdrawal(extractor: Extractor) -> None:
    text = (
        "Poland and Lithuania on Saturday formally ceased to be parties to the Ottawa "
        "Convention banning anti-personnel landmines."
    )
    events = extractor.extract(text).events
    assert [set(e.parties) for e in events if e.stage is Stage.WITHDRAWN] == [
        {"Poland", "Lithuania"}
    ]


def test_ceasing_to_be_a_party_to_a_conflict_is_no_step(extractor: Extractor) -> None:
    text = "Poland and Lithuania said on Saturday they had ceased to be a party to the dispute."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]


def test_ending_a_states_participation_in_a_pact_is_a_withdrawal(extractor: Extractor) -> None:
    text = (
        "On Thursday the Moldovan parliament terminated Moldova's participation in the 1999 "
        "CIS convention on joint air defence, saying it no longer served the country."
    )
    events = extractor.extract(text).events
    assert [set(e.parties) for e in events if e.stage is Stage.WITHDRAWN] == [{"Moldova"}]


def test_ending_participation_in_talks_is_no_step(extractor: Extractor) -> None:
    text = (
        "On Thursday Moldova ended its participation in the talks on the agreement, "
        "its foreign ministry said."
    )
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
