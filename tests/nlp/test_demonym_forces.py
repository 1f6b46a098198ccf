"""A people's name counted right after the text spoke of soldiers counts soldiers."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_demonym_count_after_talk_of_troops_counts_troops(extractor: Extractor) -> None:
    text = (
        "Officials said Russian troops had crossed the border overnight. "
        "Minsk says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Russia")


def test_a_demonym_count_without_soldiers_counts_people(extractor: Extractor) -> None:
    text = "Tourism is booming. Minsk says about 2,000 Russians are already in Belarus."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (2000, "person")


_GAP = (
    "Nothing has been announced since, and officials would not speculate about the numbers "
    "either way, the spokesman told reporters at a briefing on Tuesday afternoon, before "
    "leaving for a long trip with his staff and aides and many others. He promised an update "
    "as and when there was a new figure to give, as the session ended in the press room. "
)


def test_a_people_called_soldiers_long_before_are_counted_as_soldiers(
    extractor: Extractor,
) -> None:
    text = f"Minsk said Russian soldiers had crossed the border overnight. {_GAP}" + (
        "Kyiv says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Russia")


def test_another_peoples_soldiers_long_before_do_not_count(extractor: Extractor) -> None:
    text = f"Minsk said Belarusian soldiers had begun exercises overnight. {_GAP}" + (
        "Kyiv says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (2000, "person")
