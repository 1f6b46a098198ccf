"""A partyless step that only a town's officer tells is the town's own pact."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_mayors_treaty_is_no_treaty_step(extractor: Extractor) -> None:
    text = (
        '"The treaty was signed back in 1987, and we will honour it," said Kingsville Mayor '
        "Ann Lee."
    )
    assert not extractor.extract(text).events


def test_a_mayor_telling_of_states_keeps_the_step(extractor: Extractor) -> None:
    # Near miss: the step names its states, so it is a state's treaty whoever tells it.
    text = "Russia and North Korea signed the treaty in June, said Kingsville Mayor Ann Lee."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"
