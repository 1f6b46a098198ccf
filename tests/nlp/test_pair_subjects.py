""""The two countries signed an agreement": the pair is the one the article told of
(`bot.nlp.pair_subjects`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_the_two_countries_are_the_last_steps_parties(extractor: Extractor) -> None:
    text = (
        "Japan and India ratified a defence treaty in 2023. On Tuesday in Delhi, the two "
        "countries signed an agreement on shipbuilding, officials said."
    )
    events = extractor.extract(text).events
    signed = [e for e in events if e.stage is Stage.SIGNED]
    assert [set(e.parties) for e in signed] == [{"Japan", "India"}]


def test_both_sides_too(extractor: Extractor) -> None:
    text = (
        "Japan and India ratified a defence treaty in 2023. Both sides signed a new accord "
        "on satellites on Friday."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [set(e.parties) for e in signed] == [{"Japan", "India"}]


def test_a_treaty_signed_by_the_two_countries_ministers_is_the_pairs(
    extractor: Extractor,
) -> None:
    text = (
        "Chile and Peru signed a fisheries treaty on Monday. The treaty, signed by the two "
        "countries' foreign ministers in the presence of Brazilian and Argentine envoys, "
        "takes effect in May."
    )
    events = extractor.extract(text).events
    assert {frozenset(e.parties) for e in events} == {frozenset({"Chile", "Peru"})}


def test_envoys_of_other_states_stay_without_the_pair(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a fisheries treaty on Monday. Brazil and Argentina signed a "
        "treaty on rivers in the presence of their envoys."
    )
    events = extractor.extract(text).events
    assert [set(e.parties) for e in events if e.stage is Stage.SIGNED] == [
        {"Chile", "Peru"}, {"Brazil", "Argentina"}
    ]


def test_the_two_heads_of_government_are_the_pair(extractor: Extractor) -> None:
    text = (
        "Japan and India ratified a defence treaty in 2023. On Tuesday the two heads of "
        "government signed an agreement on shipbuilding."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [set(e.parties) for e in signed] == [{"Japan", "India"}]
