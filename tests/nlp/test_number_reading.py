"""Numbers read where a figure may start (`bot.nlp.number_reading`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_scale_word_sized_by_several_is_no_exact_number(extractor: Extractor) -> None:
    text = (
        "Rep. Kim said the agency believes several thousand Belarusians have been killed or "
        "wounded, and that most are guarding the border."
    )
    assert all(q.value != 1000 for q in extractor.extract(text).quantities)


def test_one_thousand_is_still_read(extractor: Extractor) -> None:
    text = (
        "Rep. Kim said the agency believes one thousand Belarusians have been killed or "
        "wounded, and that most are guarding the border."
    )
    assert [q.value for q in extractor.extract(text).quantities] == [1000]
