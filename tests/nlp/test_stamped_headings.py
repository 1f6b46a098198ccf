"""A live page's stamped headings sum up posts told below (`bot.nlp.stamped_headings`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_key_event_retold_in_its_post_is_dropped(extractor: Extractor) -> None:
    text = (
        "Key events\n"
        "09.40 GMT Floods cut off 30 villages in the delta\n"
        "09.40 GMT\n"
        "Floods have cut off 30 villages in the delta, the disaster agency said on Friday.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 30 and q.claimant is not None


def test_the_post_below_may_count_under_another_noun(extractor: Extractor) -> None:
    text = (
        "[15:05] 84 sailors return home\n"
        "The navy brought home 84 crew members of the seized tanker, the ministry said.\n"
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 84 and q.claimant is not None


def test_a_stamped_heading_told_nowhere_else_stays(extractor: Extractor) -> None:
    text = (
        "09.40 GMT Floods cut off 30 villages in the delta\n"
        "The disaster agency said roads were closed on Friday.\n"
    )
    assert [q.value for q in extractor.extract(text).quantities] == [30]
