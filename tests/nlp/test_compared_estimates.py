"""A second source's estimate set against the count just given counts the same people."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_higher_estimate_takes_the_owner_of_the_count_before(extractor: Extractor) -> None:
    text = (
        "North Korea has sent as many as 20,000 troops to Russia since 2024, an official said. "
        "The last public U.S. figure was more than 11,000 troops. South Korea's National "
        "Intelligence Service estimated that about 21,000 had been sent in all, while "
        "Ukraine's military intelligence puts the number higher, at about 25,000."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 25000]
    assert (q.measure, q.actor) == ("troop", "North Korea")


def test_an_estimate_after_an_ownerless_count_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "Some analysts estimated that about 21,000 troops were on exercise, while others "
        "put the number higher, at about 25,000."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 25000]
    assert q.actor is None


def test_the_current_number_is_the_same_count(extractor: Extractor) -> None:
    # "the current number": a word dating the count does not make it another count.
    text = (
        "Belarus has sent 1,500 troops to guard Russian airfields, Minsk said in March. "
        "Poland believes about 2,000 combat troops have been rotated through Russia since "
        "then. Lithuania's intelligence service puts the current number higher, at about 2,600."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2600]
    assert (q.measure, q.actor) == ("troop", "Belarus")


def test_the_current_number_of_something_else_is_another_count(extractor: Extractor) -> None:
    text = (
        "Belarus has sent 1,500 troops to guard Russian airfields, Minsk said in March. "
        "Poland believes about 2,000 combat troops have been rotated through Russia since "
        "then. Lithuania's intelligence service puts the current number of airfields at 12."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 12]
    assert (q.measure, q.actor) == ("airfield", None)
