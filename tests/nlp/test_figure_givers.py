"""A person who "gave lawmakers new figures" is whom the next sentence's "he said" means
(`bot.nlp.figure_givers`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = "President Donald Trump called the plan a good start, he said on Monday.\n"


def _claimants(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [
        (q.value, q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_giver_of_figures_is_the_next_he(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Later, army chief Oleksandr Syrskyi gave reporters new figures on the front. "
        "Russia keeps some 40,000 troops near Kupiansk, he said."
    )
    got = _claimants(extractor, text)
    assert got[-1][0] == 40000
    assert got[-1][1] is not None and "Syrskyi" in got[-1][1]


def test_giver_of_goods_is_no_source(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Later, army chief Oleksandr Syrskyi gave reporters a tour of the front. "
        "Russia keeps some 40,000 troops near Kupiansk, he said."
    )
    got = _claimants(extractor, text)
    assert got[-1][0] == 40000
    assert got[-1][1] is None or "Syrskyi" not in got[-1][1]
