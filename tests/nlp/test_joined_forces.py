"""Soldiers counted joining a force told before belong to the country that force is from."""

from __future__ import annotations

from bot.nlp import Extractor


def test_soldiers_joining_the_original_force_are_its_country(extractor: Extractor) -> None:
    text = (
        "Some 12,000 North Korean soldiers were sent to fight alongside Russian troops last "
        "autumn, the spy agency said. The agency said that about 1,500 soldiers from an "
        "engineering brigade had since joined the original contingent."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 1500]
    assert [q.actor for q in found] == ["North Korea"]


def test_an_uncounted_demonym_is_no_force_joined(extractor: Extractor) -> None:
    text = (
        "The brigade fought alongside Russian forces in the winter. The agency said that "
        "about 1,500 soldiers from another unit had since joined the original contingent."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 1500]
    assert [q.actor for q in found] == [None]


def test_soldiers_joining_no_force_keep_no_owner(extractor: Extractor) -> None:
    text = (
        "Some 12,000 North Korean soldiers were sent to Russia last autumn. About 1,500 "
        "soldiers joined the parade in Moscow on Sunday."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 1500]
    assert [q.actor for q in found] == [None]
