"""A source's bare total of soldiers the sentence before told of sending."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_a_bare_total_after_troops_told_sent(extractor: Extractor) -> None:
    text = (
        "Belarus started sending soldiers to Russia last spring. "
        "Lithuania's intelligence service puts the total at roughly 6,500."
    )
    assert _counts(extractor, text) == [(6500, "troop", "Belarus")]


def test_the_dead_of_whom_share_the_senders_side(extractor: Extractor) -> None:
    text = (
        "Belarus began deploying troops to Russia in March. "
        "Poland's defence ministry estimates the total at about 7,000, of whom some 900 "
        "have been killed or wounded."
    )
    assert _counts(extractor, text) == [(7000, "troop", "Belarus"), (900, "casualty", "Belarus")]


def test_a_total_after_something_else_sent_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Belarus began sending letters of protest to Vilnius in March. "
        "Lithuania's foreign ministry puts the total at about 40."
    )
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)
