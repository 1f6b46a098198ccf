""" "Citing <a state's intelligence or estimates>, he said ...": the figure is the cited state's
claim when the speaker is only a pronoun (`bot.nlp.citing_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor

_LEAD = "Foreign Minister Radosław Sikorski spoke to reporters in Warsaw on Friday. "


def _claims(extractor: Extractor, text: str) -> list[tuple[str, ...] | None]:
    return [q.claimant.entities if q.claimant else None for q in extractor.extract(text).quantities]


def test_a_fronted_citation_of_a_states_intelligence(extractor: Extractor) -> None:
    text = _LEAD + (
        "Citing Japanese intelligence, he said Russia had moved some 9,000 soldiers to the islands."
    )
    assert _claims(extractor, text) == [("Japan",)]


def test_a_trailing_citation_of_a_states_estimates(extractor: Extractor) -> None:
    text = _LEAD + (
        "He said Russia was losing about 1,100 soldiers a week, citing British intelligence, "
        "and urged more aid."
    )
    assert _claims(extractor, text) == [("United Kingdom",)]


def test_the_next_sentences_he_is_still_the_speaker(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Radosław Sikorski said on Friday that talks had stalled. "
        "He said Russia was losing about 1,100 soldiers a week, citing British intelligence. "
        "Moscow has lost 3,000 tanks, he said."
    )
    first, second = _claims(extractor, text)
    assert first == ("United Kingdom",)
    assert second is None or "United Kingdom" not in second


def test_a_citation_after_a_joined_clause_leaves_the_first_clause_alone(
    extractor: Extractor,
) -> None:
    text = _LEAD + (
        "He said the Russian navy had 80 warships in the Baltic and, citing British "
        "intelligence, that 1,100 soldiers were lost each week."
    )
    first, _ = _claims(extractor, text)
    assert first is None or "United Kingdom" not in first


def test_a_named_speaker_keeps_the_claim(extractor: Extractor) -> None:
    text = (
        "Sikorski told reporters that Russia was losing about 1,100 soldiers a week, citing "
        "British intelligence."
    )
    (claim,) = _claims(extractor, text)
    assert claim is None or "United Kingdom" not in claim


def test_citing_a_reason_names_no_source(extractor: Extractor) -> None:
    text = _LEAD + (
        "He said Poland would send 300 soldiers to the border, citing threats from Moscow."
    )
    (claim,) = _claims(extractor, text)
    assert claim is None or "Russia" not in claim
