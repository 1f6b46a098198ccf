"""A sentence whose figures two sources share carries neither source on to the next
(`bot.nlp.split_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor

_NEXT = " About 9,000 Belarusian soldiers are now stationed near the border."


def _last_claimant(extractor: Extractor, text: str) -> str | None:
    last = extractor.extract(text).quantities[-1]
    return None if last.claimant is None else last.claimant.name


def test_split_sentence_carries_no_source(extractor: Extractor) -> None:
    text = (
        "Minsk has sent more than 2 million shells to Russia, according to Poland's defence "
        "ministry, along with some 300 trucks, Ukrainian military intelligence estimates." + _NEXT
    )
    assert _last_claimant(extractor, text) is None


def test_single_source_is_carried_on(extractor: Extractor) -> None:
    text = (
        "Minsk has sent more than 2 million shells to Russia, according to Poland's defence "
        "ministry." + _NEXT
    )
    assert _last_claimant(extractor, text) == "Poland's defence ministry"
