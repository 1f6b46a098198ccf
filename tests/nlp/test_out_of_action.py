"""People "put out of action" are casualties (`bot.nlp.out_of_action`); equipment and men
"put into action" keep their measures."""

from __future__ import annotations

from bot.nlp import Extractor


def test_men_put_out_of_action_are_casualties(extractor: Extractor) -> None:
    text = "Kyiv said some 2,300 Russian paratroopers had been put out of action near Sumy."
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2300 and q.category == "casualty"


def test_putting_men_out_of_action_counts_casualties(extractor: Extractor) -> None:
    text = "The drone strikes put 140 soldiers out of action in a single week, Kyiv said."
    q = extractor.extract(text).quantities[0]
    assert q.value == 140 and q.category == "casualty"


def test_men_put_into_action_stay_troops(extractor: Extractor) -> None:
    # Near miss: "into action" sends men to fight; nobody was lost.
    text = "Kyiv said some 2,300 Russian paratroopers had been put into action near Sumy."
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2300 and q.category == "troop"


def test_equipment_out_of_action_keeps_its_measure(extractor: Extractor) -> None:
    # Near miss: tanks are no people, so the count stays one of tanks.
    text = "The drone strikes put 14 tanks out of action in a single week, Kyiv said."
    q = extractor.extract(text).quantities[0]
    assert q.value == 14 and q.category != "casualty"
