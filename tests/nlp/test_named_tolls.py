"""A toll told as a bare count ("the real toll is nearly N", "put the Belarusian toll at N")
counts casualties, owned by the demonym before it or by the one side counted before it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_toll_as_a_copulas_subject_is_a_casualty_count(extractor: Extractor) -> None:
    text = "Minsk has said little, but Lithuanian officials say the Belarusian toll is about 900."
    (q,) = extractor.extract(text).quantities
    assert q.category == "casualty" and q.value == 900 and q.actor == "Belarus"


def test_demonym_before_an_estimated_toll_is_its_side(extractor: Extractor) -> None:
    text = "Warsaw has put the Belarusian toll at about 700 killed and wounded."
    (q,) = extractor.extract(text).quantities
    assert q.category == "casualty" and q.actor == "Belarus"


def test_the_real_toll_continues_the_side_counted_before_it(extractor: Extractor) -> None:
    text = (
        "Minsk said 300 Belarusian soldiers had been killed or wounded; Vilnius says the true "
        "toll stood at more than 1,100."
    )
    tolls = [q for q in extractor.extract(text).quantities if q.value == 1100]
    assert len(tolls) == 1 and tolls[0].category == "casualty" and tolls[0].actor == "Belarus"


def test_the_toll_after_two_sides_keeps_no_side(extractor: Extractor) -> None:
    text = (
        "Minsk said 300 Belarusians and 500 Russians were killed; Vilnius says the real toll is "
        "nearly 2,000."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.value == 2000)
    assert toll.actor is None


def test_a_toll_road_is_no_casualty_count(extractor: Extractor) -> None:
    text = "The new toll road in the east is 40 kilometres long."
    assert all(q.category != "casualty" for q in extractor.extract(text).quantities)
