"""A lower house's members voting after the text told the chamber's vote approve, as the
chamber does (`bot.nlp.member_votes`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor

_CHAMBER = "The Sejm on Friday ratified a border agreement with Lithuania. "


def test_deputies_ratifying_after_a_lower_house_vote_approve(extractor: Extractor) -> None:
    text = _CHAMBER + "Deputies also ratified an agreement with Ukraine on grain transit."
    last = extractor.extract(text).events[-1]
    assert last.stage is Stage.APPROVED
    assert set(last.parties) == {"Poland", "Ukraine"}


def test_deputies_ratifying_with_no_chamber_told_stay_as_read(extractor: Extractor) -> None:
    text = "Deputies also ratified an agreement with Ukraine on grain transit."
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.RATIFIED


def test_senators_after_a_lower_house_vote_still_ratify(extractor: Extractor) -> None:
    text = _CHAMBER + "Senators also ratified an agreement with Ukraine on grain transit."
    assert extractor.extract(text).events[-1].stage is Stage.RATIFIED
