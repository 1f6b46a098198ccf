"""A link label alone on its line makes the headline below it another story's
(`bot.nlp.label_lines`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_headline_under_a_lone_label_is_not_read(extractor: Extractor) -> None:
    text = (
        "The storm reached the coast on Tuesday, the weather service said.\n"
        "Read more\n"
        "Floods displace 12,000 people in the delta, officials say\n"
    )
    assert extractor.extract(text).quantities == ()


def test_body_text_under_a_left_over_label_is_still_read(extractor: Extractor) -> None:
    text = (
        "The storm reached the coast on Tuesday, the weather service said.\n"
        "Related\n"
        "The floods have displaced 12,000 people in the delta.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 12000


def test_every_headline_of_a_link_list_is_not_read(extractor: Extractor) -> None:
    text = (
        "The storm reached the coast on Tuesday, the weather service said.\n"
        "Related articles\n"
        "Floods displace 12,000 people in the delta, officials say\n"
        "Navy to buy 40 patrol boats by 2030\n"
    )
    assert extractor.extract(text).quantities == ()


def test_body_text_after_a_link_list_is_still_read(extractor: Extractor) -> None:
    text = (
        "Related articles\n"
        "Floods displace 12,000 people in the delta, officials say\n"
        "The navy will buy 40 patrol boats by 2030, the ministry said.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 40
