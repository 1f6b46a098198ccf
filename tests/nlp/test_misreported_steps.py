"""A step the press is said to have reported, its verb held in quote marks, is still ahead."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> set[Modality]:
    return {e.modality for e in extractor.extract(text).events if e.stage is Stage.RATIFIED}


def test_outlets_quoting_ratified_tell_no_ratification(extractor: Extractor) -> None:
    text = ("The Saeima voted on the treaty with Estonia on Tuesday. Some outlets are reporting "
            'that "Latvia has ratified" the treaty, but the president must still sign it.')
    assert _ratified(extractor, text) == {Modality.PLANNED}


def test_headlines_calling_a_vote_ratifying(extractor: Extractor) -> None:
    text = ('Several headlines are calling this Hungary "ratifying" the accord with Serbia; only '
            "the first reading has passed.")  # fmt: skip
    assert _ratified(extractor, text) == {Modality.PLANNED}


def test_a_leader_quoted_saying_ratified_keeps_the_step(extractor: Extractor) -> None:
    # near miss: the quoted word is a source's, not the press's
    text = 'Orban said Hungary had "ratified" the accord with Serbia.'
    assert _ratified(extractor, text) == {Modality.REPORTED}
