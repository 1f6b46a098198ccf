"""Who a definite description points back to (`bot.nlp.references`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _names(extractor: Extractor, text: str) -> list[str | None]:
    return [q.claimant.name if q.claimant else None for q in extractor.extract(text).quantities]


def test_the_head_noun_of_a_long_name_points_back_to_it(extractor: Extractor) -> None:
    text = (
        "Some 240 detainees were released on Friday, the Commission for the Return of "
        "Displaced Persons said. About 3,100 people have come home this year, according to "
        "the commission."
    )
    assert _names(extractor, text) == [
        "the Commission for the Return of Displaced Persons",
        "the Commission for the Return of Displaced Persons",
    ]


def test_a_noun_inside_a_long_name_is_not_its_head(extractor: Extractor) -> None:
    text = (
        "Some 240 detainees were released on Friday, the Commission for the Return of "
        "Displaced Persons said. About 3,100 people have come home this year, according to "
        "the return."
    )
    names = _names(extractor, text)
    assert names[1] != names[0]


# The named subject opening a sentence that reports nothing is the next sentence's "it".
def test_a_relative_aside_after_the_opening_name_is_skipped(extractor: Extractor) -> None:
    text = (
        "Kyiv says the front is quiet. Poland's defence ministry, which rarely comments on "
        "drills, gave a fuller account. It said 900 soldiers would take part."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Poland" in q.claimant.entities


def test_an_unclosed_aside_names_no_subject(extractor: Extractor) -> None:
    text = (
        "Kyiv says the front is quiet. Poland's defence ministry, which rarely comments on "
        "drills that involve allies. It said 900 soldiers would take part."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or "Poland" not in q.claimant.entities
