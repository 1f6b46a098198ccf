"""'... said the X contingent numbered N and that its losses had passed M': the possessive is
the force's, not the source's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_losses_after_a_named_contingent_are_that_sides(extractor: Extractor) -> None:
    text = (
        "A Lithuanian official said on Friday that the Belarus contingent in Russia now numbered "
        "about 2,500 servicemen and that its losses had exceeded 600 killed and wounded."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.category == "casualty")
    assert toll.value == 600 and toll.actor == "Belarus"


def test_their_casualties_after_named_units_are_that_sides(extractor: Extractor) -> None:
    text = (
        "Vilnius said the Belarusian units in Russia had been pulled back and that their "
        "casualties had passed 800."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.category == "casualty")
    assert toll.actor == "Belarus"


def test_two_sides_named_leave_their_losses_unowned(extractor: Extractor) -> None:
    text = (
        "Vilnius said Russian and Belarusian units in Russia had been pulled back and that their "
        "casualties had passed 800."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.category == "casualty")
    assert toll.actor is None
