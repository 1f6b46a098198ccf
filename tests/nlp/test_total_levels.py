"""A bare number "the total" has moved to or stays at counts what was counted just before
(`bot.nlp.total_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_total_that_has_gone_up_carries_the_count(extractor: Extractor) -> None:
    text = (
        "Minsk has pulled about 2,000 Belarusian soldiers back from the border, and the total "
        "near the frontier has actually gone down a little, to some 7,000."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure, later.actor) == (7000, "troop", "Belarus")


def test_a_total_that_remains_at_a_level_carries_the_count(extractor: Extractor) -> None:
    text = (
        'Kyiv said: "About 1,500 Belarusian troops left the border area in May. Fresh units '
        'replaced them, so the total there remains at about 6,000."'
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(1500, "troop"), (6000, "troop")]


def test_a_level_without_a_count_noun_is_no_count(extractor: Extractor) -> None:
    # Near miss: "the gap" names no count of what was told, so its level counts nothing.
    text = (
        "Minsk has pulled about 2,000 Belarusian soldiers back from the border, and the gap "
        "has actually gone down a little, to some 7,000."
    )
    found = extractor.extract(text).quantities
    assert [q.value for q in found] == [2000]
