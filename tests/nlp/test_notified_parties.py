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


def test_a_state_notifying_that_it_withdraws_is_the_party(extractor: Extractor) -> None:
    # "it" in the notice is the notifier; the body told is no party either.
    text = (
        "Estonia on Friday notified the United Nations that it is withdrawing from the "
        "cluster munitions convention, the ministry said."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert [set(e.parties) for e in events] == [{"Estonia"}]


def test_a_state_notifying_of_another_states_exit_is_no_party(extractor: Extractor) -> None:
    # The "it" is no notifier's own when a third state is named as the one leaving.
    text = "Estonia notified the United Nations that Latvia is withdrawing from the convention."
    events = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert [set(e.parties) for e in events] == [{"Latvia"}]
