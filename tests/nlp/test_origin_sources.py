"""A source introduced as where a report comes from: "The first comes from X. It read: ..."."""

from __future__ import annotations

from bot.nlp import Extractor


def _facts(extractor: Extractor, text: str) -> list[tuple[str | None, tuple[str, ...] | None]]:
    return [
        (q.actor, q.claimant.entities if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_the_report_that_comes_from_a_source_is_its_account(extractor: Extractor) -> None:
    text = (
        "Each morning both armies publish a report on the same front. "
        "The latest comes from the General Staff of the Armed Forces of Ukraine. "
        "On Monday it listed the losses of the enemy at 1,050 personnel."
    )
    assert _facts(extractor, text) == [("Russia", ("Ukraine",))]


def test_figures_from_a_ministry(extractor: Extractor) -> None:
    text = (
        "The figures come from the Russian Defence Ministry. "
        "Over the past week 2,100 drones were shot down over the border regions."
    )
    (fact,) = _facts(extractor, text)
    assert fact[1] is not None and "Russia" in fact[1]


def test_a_threat_that_comes_from_a_country_is_no_source(extractor: Extractor) -> None:
    text = (
        "The main threat comes from Russia. "
        "Over the past week 2,100 drones were shot down over the border regions."
    )
    assert _facts(extractor, text) == [(None, None)]


def test_an_unnamed_origin_is_no_source(extractor: Extractor) -> None:
    text = (
        "The figures come from a source close to the talks. "
        "Over the past week 2,100 drones were shot down over the border regions."
    )
    assert _facts(extractor, text) == [(None, None)]
