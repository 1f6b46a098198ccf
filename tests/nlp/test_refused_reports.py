"""A source who calls reported figures untrue, without a verb of denial, denies them."""

from __future__ import annotations

from bot.nlp import Extractor


def _troops(extractor: Extractor, text: str) -> list[tuple[float | None, str | None, bool]]:
    return [
        (q.value, q.claimant.name if q.claimant else None, bool(q.claimant and q.claimant.denied))
        for q in extractor.extract(text).quantities
        if q.category in {"troop", "casualty"}
    ]


def test_asked_about_reports_then_called_them_a_provocation(extractor: Extractor) -> None:
    text = (
        "Asked about claims in Ukrainian media that 3,000 North Korean soldiers had reached "
        'Belgorod, Peskov called them "an obvious provocation".'
    )
    assert _troops(extractor, text) == [(3000, "Peskov", True)]


def test_declined_to_comment_calling_them_speculation(extractor: Extractor) -> None:
    text = (
        "Peskov declined to comment on reports by Kyiv that up to 9,000 North Korean troops "
        'were stationed near Kursk, calling them "idle speculation".'
    )
    assert _troops(extractor, text) == [(9000, "Peskov", True)]


def test_a_refusal_then_a_quoted_verdict_in_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "Peskov declined to comment on estimates by Seoul that 2,000 North Korean soldiers had "
        'been killed. "We do not respond to such fantasies," he told reporters.'
    )
    assert _troops(extractor, text) == [(2000, "Peskov", True)]


def test_a_plain_refusal_denies_nothing(extractor: Extractor) -> None:
    text = (
        "Peskov declined to comment on reports by Kyiv that 9,000 North Korean troops were "
        "stationed near Kursk."
    )
    assert all(not denied for _, _, denied in _troops(extractor, text))
