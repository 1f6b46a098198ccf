"""A quotation over several sentences is its speaker's from its first sentence."""

from __future__ import annotations

from bot.nlp import Extractor


def _sources(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [
        (q.value, q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_the_speaker_after_the_closing_mark_owns_the_first_sentence(
    extractor: Extractor,
) -> None:
    text = (
        '"Some 4,000 Belarusian soldiers are now at the border. Nobody is listening," '
        "Tsikhanouskaya said."
    )
    assert _sources(extractor, text) == [(4000, "Tsikhanouskaya")]


def test_a_quote_running_three_sentences_still_reaches(extractor: Extractor) -> None:
    text = (
        '"Some 4,000 Belarusian soldiers are now at the border. We see them. '
        'Nobody is listening," Tsikhanouskaya said.'
    )
    assert _sources(extractor, text) == [(4000, "Tsikhanouskaya")]


def test_a_quote_closed_without_a_speaker_gives_none(extractor: Extractor) -> None:
    text = (
        '"Some 4,000 Belarusian soldiers are now at the border. Nobody is listening."\n'
        "Tsikhanouskaya spoke in Vilnius on Monday about the exiles."
    )
    assert _sources(extractor, text) == [(4000, None)]
