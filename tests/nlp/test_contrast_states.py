"""States named in a contrast set off after a treaty step are no parties to it
(`bot.nlp.contrast_states`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contrast_after_the_step_names_no_party(extractor: Extractor) -> None:
    text = "Spain and Morocco sign fisheries treaty, without the quota clause Paris offered Rabat."
    events = extractor.extract(text).events
    assert [e.parties for e in events] == [("Spain", "Morocco")]


def test_unlike_after_the_step_names_no_party(extractor: Extractor) -> None:
    text = "Spain and Morocco signed a fisheries treaty on Monday, unlike the one France signed."
    events = extractor.extract(text).events
    assert [e.parties for e in events] == [("Spain", "Morocco")]


def test_a_contrast_before_the_step_keeps_its_parties(extractor: Extractor) -> None:
    # Near miss: the step comes after the contrast, so the states after it still sign.
    text = "Unlike Portugal, Spain and Morocco signed a fisheries treaty on Monday."
    events = extractor.extract(text).events
    assert len(events) == 1 and {"Spain", "Morocco"} <= set(events[0].parties)
