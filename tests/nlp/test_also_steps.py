"""A step told with "also" is a further step, and a protocol to a told treaty binds its
parties (`bot.nlp.also_steps`, `bot.nlp.protocol_parties`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_further_ratification_is_news_with_the_told_parties(extractor: Extractor) -> None:
    text = (
        "The parliament of Armenia on Tuesday ratified an agreement between Armenia and Iran "
        "on the transit of goods. "
        "The parliament also ratified a protocol to the transit agreement on the customs fees "
        "charged at the border."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert [e.modality for e in events] == [Modality.REPORTED, Modality.REPORTED]
    assert set(events[1].parties) == {"Armenia", "Iran"}


def test_the_same_ratification_retold_is_history(extractor: Extractor) -> None:
    text = (
        "The parliament of Armenia on Tuesday ratified an agreement between Armenia and Iran "
        "on the transit of goods. "
        "The parliament ratified the agreement by 88 votes to two."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert events[0].modality is Modality.REPORTED
    assert all(e.modality is not Modality.REPORTED for e in events[1:])
