"""A source's "that N had been killed" after a troop count and word of their losses
(`bot.nlp.nearby_figures`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_toll_a_sentence_after_the_troops_is_theirs(extractor: Extractor) -> None:
    text = (
        "Analysts put the number of Syrian troops in Libya at about 9,000 soldiers. They have"
        " suffered heavy losses. Turkey's defence ministry said on Friday that about 400 had"
        " been killed."
    )
    [toll] = [q for q in extractor.extract(text).quantities if q.value == 400]
    assert (toll.category, toll.actor) == ("casualty", "Syria")


def test_a_toll_long_after_the_troops_is_not_read(extractor: Extractor) -> None:
    text = (
        "Analysts put the number of Syrian troops in Libya at about 9,000 soldiers. They have"
        " suffered heavy losses. The fighting has spread. Aid groups are stretched. Turkey's"
        " defence ministry said on Friday that about 400 had been killed."
    )
    tolls = [q for q in extractor.extract(text).quantities if q.value == 400]
    assert all(q.actor != "Syria" for q in tolls)


def test_a_toll_without_word_of_losses_is_not_read(extractor: Extractor) -> None:
    text = (
        "Analysts put the number of Syrian troops in Libya at about 9,000 soldiers. They have"
        " dug in. Turkey's defence ministry said on Friday that about 400 had been killed."
    )
    tolls = [q for q in extractor.extract(text).quantities if q.value == 400]
    assert all(q.actor != "Syria" for q in tolls)
