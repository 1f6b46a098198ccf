"""How a claimant is named (`bot.nlp.claimant_names`): a long capitalised body name."""

from __future__ import annotations

from bot.nlp import Extractor


def _names(extractor: Extractor, text: str) -> list[str | None]:
    return [q.claimant.name if q.claimant else None for q in extractor.extract(text).quantities]


def test_a_long_body_name_glued_by_an_article_is_one_name(extractor: Extractor) -> None:
    text = (
        "Some 240 detainees were released on Friday, the Commission for the Return of "
        "Displaced Persons said."
    )
    assert _names(extractor, text) == ["the Commission for the Return of Displaced Persons"]


def test_a_long_lower_case_description_is_no_name(extractor: Extractor) -> None:
    text = (
        "Some 240 detainees were released on Friday, the commission for the return of "
        "displaced persons said."
    )
    assert _names(extractor, text) == [None]
