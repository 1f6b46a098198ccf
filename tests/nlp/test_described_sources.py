"""A source described but not named is the body of that kind the article named last."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_agency_is_the_intelligence_service_named_in_the_headline(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus moves 2,000 troops to the border: NIS\n"
        "Belarus has moved about 2,000 troops close to the Ukrainian border, the spy agency "
        "said Friday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.entities == ("NIS", "South Korea")


def test_a_description_inside_another_speakers_report_stays_theirs(
    extractor: Extractor,
) -> None:
    text = (
        "The NIS briefed lawmakers on Friday.\n"
        "A lawmaker told reporters that the spy agency puts the number of Belarusian troops "
        "near the border at about 2,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "NIS" not in q.claimant.entities


def test_no_named_body_of_that_kind_leaves_the_description(extractor: Extractor) -> None:
    text = "Belarus has moved about 2,000 troops to the border, the spy agency said Friday."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ()


def test_the_intelligence_is_the_last_named_intelligence_body(extractor: Extractor) -> None:
    text = (
        "The Defence Intelligence of Ukraine published a new assessment on Friday. "
        "According to the intelligence, about 2,000 North Korean soldiers are in training."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "GUR" in q.claimant.entities
