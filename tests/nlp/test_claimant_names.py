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


def test_a_list_with_the_before_a_listed_name_is_a_joint_claim(extractor: Extractor) -> None:
    text = (
        "Chile, the United Kingdom and Japan say Peru has sent more than 2,000 troops to "
        "Bolivia."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert set(q.claimant.entities) >= {"Chile", "United Kingdom", "Japan"}


def test_a_lower_case_aside_after_a_name_still_ends_it(extractor: Extractor) -> None:
    text = (
        "Chile, the country's neighbour, says Peru has sent more than 2,000 troops to "
        "Bolivia."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.entities == ("Chile",)


def test_a_bare_time_after_a_titled_speaker_ends_the_name(extractor: Extractor) -> None:
    text = (
        "Interior Ministry spokesman Petr Novak last week dismissed as fake reports that "
        "2,000 Chilean troops had reached the border."
    )
    assert _names(extractor, text) == ["Interior Ministry spokesman Petr Novak"]


def test_a_time_inside_a_body_name_is_kept(extractor: Extractor) -> None:
    # "last" opens no time phrase here: no date ends the subject.
    text = "The Last Post Association said 2,000 veterans attended."
    assert _names(extractor, text) == ["The Last Post Association"]
