"""A body figure without an owner takes the owner its headline gives the same figure."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_headlines_owner_goes_to_the_body_figure(extractor: Extractor) -> None:
    title = "Romania signs $2.1bn deal for 54 tanks"
    text = (
        f"{title}\nBy Ana Pop\n"
        "The procurement agency signed a contract on Monday with Germany's Rheinmetall for 54 "
        "tanks, a deal worth about $2.1 billion, the ministry said."
    )
    found = extractor.extract(text, title=title).quantities
    money = [q for q in found if q.measure == "dollar"]
    assert money and all(q.actor == "Romania" for q in money)
