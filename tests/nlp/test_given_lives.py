"""People who "lost / gave / laid down their lives" are counted as casualties."""

from __future__ import annotations

from bot.nlp import Extractor


def test_laid_down_their_lives_past_an_owner_phrase(extractor: Extractor) -> None:
    text = "Fourteen soldiers of the battalion laid down their lives clearing the minefield."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_lost_their_lives_counts_the_dead(extractor: Extractor) -> None:
    text = "Six marines lost their lives when the landing craft sank."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_laying_mines_is_no_death(extractor: Extractor) -> None:
    text = "Fourteen soldiers of the battalion laid down new mines along the river."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"


def test_risking_their_lives_is_no_death(extractor: Extractor) -> None:
    text = "Six marines risked their lives to reach the stranded crew."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"


def test_specialists_who_gave_their_lives_are_the_dead(extractor: Extractor) -> None:
    text = "The general honoured 7 pilots who gave their lives over the Black Sea."
    assert {q.value: q.measure for q in extractor.extract(text).quantities}.get(7) == "casualty"


def test_specialists_told_of_otherwise_stay_specialists(extractor: Extractor) -> None:
    text = "The general honoured 7 engineers who rebuilt the bridge."
    assert {q.value: q.measure for q in extractor.extract(text).quantities}.get(7) == "engineer"
