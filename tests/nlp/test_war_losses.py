"""A side's "losses" with a bare number count its dead and wounded; unowned losses stay a
level (a sum without its currency)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv said last week that Belarusian losses had exceeded 2,500.",
         (2500, "casualty", "Belarus")),
        ("Russia's losses have passed 9,000, the general staff said.",
         (9000, "casualty", "Russia")),
        ("Officers said troop losses topped 1,300 in May.", (1300, "casualty", None)),
    ],
)
def test_a_sides_losses_are_casualties(
    extractor: Extractor, text: str, expected: tuple[float, str, str | None]
) -> None:
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The airline's losses reached 450 last year.",  # a sum, not men
        "Analysts said losses had exceeded 3,000 by June.",  # nobody's losses
    ],
)
def test_unowned_losses_stay_a_level(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()
