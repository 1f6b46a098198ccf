"""A live blog's stamped entry ("13:05 General Staff: ...") is the label's report."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> dict[float | None, Quantity]:
    return {q.value: q for q in extractor.extract(text).quantities}


def test_a_stamped_entry_is_its_labelled_body_s(extractor: Extractor) -> None:
    text = (
        "Live: the war on day 900\n"
        "Here is the day as our reporters followed it.\n"
        "07:45 Air Force: overnight, Russia struck Ukraine with 140 attack drones.\n"
        "12:10 General Staff: the enemy's losses over the past day came to 1,230 Russian "
        "troops, three tanks and 28 artillery systems.\n"
    )
    figures = _figures(extractor, text)
    drones, dead = figures[140], figures[1230]
    assert drones.claimant is not None and drones.claimant.name == "Air Force"
    assert dead.claimant is not None and dead.claimant.name == "General Staff"
    assert "Ukraine" in dead.claimant.entities  # a General Staff counting Russians


def test_a_place_label_and_an_own_source_are_left_alone(extractor: Extractor) -> None:
    text = (
        "Live: the war on day 900\n"
        "10:20 Dnipro: Four people were hurt when a missile hit a warehouse.\n"
        "15:30 Defence Ministry: Ukraine aims to build 3 million drones this year, "
        "the minister said.\n"
    )
    figures = _figures(extractor, text)
    assert figures[4].claimant is None or figures[4].claimant.name != "Dnipro"
    drones = figures[3_000_000]
    assert drones.claimant is not None and drones.claimant.name == "the minister"
