"""A base-form reporting word after a plural subject is a verb (`bot.nlp.plural_speakers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> list[str | None]:
    return [q.claimant.name if q.claimant else None for q in extractor.extract(text).quantities]


def test_two_joined_names_estimate(extractor: Extractor) -> None:
    text = "Paris and Berlin now estimate that some 4,000 Russian soldiers are in Mali."
    assert _claimants(extractor, text) == ["Paris and Berlin"]


def test_a_plural_noun_past_an_adverb_reports(extractor: Extractor) -> None:
    text = "Officials also report that about 600 Russian troops are in Libya."
    assert _claimants(extractor, text) == ["Officials"]


def test_a_name_before_report_that_is_a_noun(extractor: Extractor) -> None:
    # Near miss: one name before "report that" makes a noun phrase ("a Kremlin report").
    text = "A Kremlin report that 100 Russian troops were killed was denied."
    assert _claimants(extractor, text) == [None]
