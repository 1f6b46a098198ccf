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
