"""Participles joined by "and" share the first one's auxiliary (`bot.nlp.shared_auxiliaries`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_second_participle_after_a_long_agent_is_planned(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a fisheries accord on Monday. The accord must still be "
        "endorsed by Chile's senate, where several opposition senators oppose it, and "
        "ratified by Peru's congress."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert ratified
    assert all(e.modality is Modality.PLANNED for e in ratified)


def test_a_signing_in_a_which_was_clause_is_history(extractor: Extractor) -> None:
    text = (
        "A truce between Armenia and Azerbaijan held on Tuesday under the accord, which was "
        "brokered by Russia and signed by both sides in Moscow on Saturday."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert signed
    assert all(e.modality is Modality.BACKGROUND for e in signed)


def test_a_participle_with_its_own_finite_verb_stays_news(extractor: Extractor) -> None:
    text = "Chile and Peru negotiated for years and signed a fisheries accord on Monday."
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.modality for e in signed] == [Modality.REPORTED]
