""""Could send N more" after a toll counts troops (`bot.nlp.sent_more`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_more_sent_after_casualties_are_troops(extractor: Extractor) -> None:
    text = (
        "About 700 Eritrean soldiers have been killed or wounded in Tigray. Diplomats say "
        "Asmara could send up to 5,000 more."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure) == (5000, "troop")


def test_more_dead_stay_casualties(extractor: Extractor) -> None:
    text = "The landslide killed 30 villagers, and 12 more died in hospital."
    assert [q.measure for q in extractor.extract(text).quantities] == ["casualty", "casualty"]
