"""A state named only as the owner of a compared estimate ("in line with Japan's") does not
keep an ownerless toll from the side the text was counting."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.compared_possessives import compared_only


def _toll_actor(extractor: Extractor, text: str) -> str | None:
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2500]
    return q.actor


def test_a_compared_estimate_owner_is_no_side(extractor: Extractor) -> None:
    text = (
        "Officials said the number of Belarusian soldiers sent to the front had reached "
        "about 9,000. The force has suffered some 2,500 casualties, the officials added, a "
        "figure close to Poland's."
    )
    assert _toll_actor(extractor, text) == "Belarus"


def test_a_state_whose_losses_are_told_still_counts(extractor: Extractor) -> None:
    text = (
        "Officials said the number of Belarusian soldiers sent to the front had reached "
        "about 9,000. The force has suffered some 2,500 casualties fighting Poland's army, "
        "the officials added."
    )
    assert _toll_actor(extractor, text) is None


def test_only_an_elliptical_possessive_after_a_comparison() -> None:
    text = "a tally higher than Poland's, and in line with Poland's estimate, unlike Poland's."
    first = text.index("Poland")
    second = text.index("Poland", first + 1)
    third = text.index("Poland", second + 1)
    assert compared_only(text, first, first + 6)
    assert not compared_only(text, second, second + 6)  # its own noun follows
    assert not compared_only(text, third, third + 6)  # no word of comparison before
