"""A bare number's fate told through a hedge after "of whom ... are" counts casualties; the
same hedge before another verb counts none."""

from __future__ import annotations

from bot.nlp import Extractor

_TEXT = (
    "According to the Defense Ministry, at least 14,000 North Korean troops have been "
    "deployed, of whom about 6,000 are believed to have been {}."
)


def test_of_whom_believed_killed_is_casualty(extractor: Extractor) -> None:
    facts = extractor.extract(_TEXT.format("killed or wounded"))
    (q,) = [q for q in facts.quantities if q.value == 6000]
    assert q.measure == "casualty" and q.actor == "North Korea" and q.qualifier == "about"


def test_of_whom_thought_to_have_died_is_casualty(extractor: Extractor) -> None:
    text = "Some 900 sailors were aboard, of whom 300 are thought to have died, officials said."
    facts = extractor.extract(text)
    assert any(q.value == 300 and q.measure == "casualty" for q in facts.quantities)


def test_of_whom_believed_sent_home_counts_no_dead(extractor: Extractor) -> None:
    facts = extractor.extract(_TEXT.format("sent home"))
    assert not any(q.measure == "casualty" for q in facts.quantities)
