"""Each chain of `bot.nlp.fact_chains` is on the extractor's path: a rule from each one
changes what the extractor returns."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_sentence_quantities_reads_the_figures_told_before(extractor: Extractor) -> None:
    text = (
        "Russian forces lost 1,150 soldiers in the past day, the General Staff of Ukraine said. "
        "The enemy also lost 12 tanks and 30 artillery systems."
    )
    tanks = [q for q in extractor.extract(text).quantities if q.measure == "tank"]
    assert [q.actor for q in tanks] == ["Russia"]


def test_sentence_events_reads_the_step_told_before(extractor: Extractor) -> None:
    text = (
        "Chile's lower house approved the fisheries treaty with Peru on Tuesday. "
        "The treaty must now be signed by President Gabriel Boric."
    )
    steps = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert (Stage.RATIFIED, Modality.PLANNED) in steps


def test_document_facts_reads_the_whole_page(extractor: Extractor) -> None:
    text = (
        "Explainer: the Armenia-Georgia border accord\n"
        "What does the accord say?\n"
        "It fixes the border along the river and opens two crossings.\n"
        "How did it come about?\n"
        "Georgia's parliament ratified the accord with Armenia on 3 March.\n"
        "Who opposes it?\n"
        "Farmers near the river say they will lose grazing land.\n"
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.RATIFIED, Modality.BACKGROUND)]
