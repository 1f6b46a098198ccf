"""The body notified of a step is no party to it (`bot.nlp.notified_parties`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_the_notified_un_is_no_party_to_a_withdrawal(extractor: Extractor) -> None:
    text = (
        "Finland on Monday notified the United Nations of its withdrawal from the "
        "cluster munitions convention."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert [set(e.parties) for e in events] == [{"Finland"}]


def test_a_depositary_informed_is_no_party(extractor: Extractor) -> None:
    text = "Latvia formally informed the UN secretary-general of its exit from the arms treaty."
    events = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert events and all("UN" not in e.parties for e in events)
