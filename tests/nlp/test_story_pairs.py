""""Chile and Peru ... the two governments signed": with no step told yet, the pair the
lead names (`bot.nlp.story_pairs`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _parties(extractor: Extractor, text: str, stage: Stage) -> list[set[str]]:
    return [set(e.parties) for e in extractor.extract(text).events if e.stage is stage]


def test_the_two_governments_are_the_leads_pair(extractor: Extractor) -> None:
    text = (
        "Chile and Peru opened a new border crossing on Friday. The two governments also "
        "signed an agreement on cross-border trucking at the ceremony."
    )
    assert _parties(extractor, text, Stage.SIGNED) == [{"Chile", "Peru"}]


def test_the_treaty_is_the_leads_pairs(extractor: Extractor) -> None:
    text = (
        "Santiago and Lima will decide how to apply their new fisheries treaty, officials "
        "said on Monday. Earlier, Chile's Senate voted to approve the ratification of the "
        "treaty."
    )
    events = extractor.extract(text).events
    assert [set(e.parties) for e in events] == [{"Chile", "Peru"}]


def test_a_pair_named_late_is_no_story_pair(extractor: Extractor) -> None:
    text = (
        "Officials met on Friday. The talks were long. Officials said more talks were "
        "planned. Chile and Peru held talks. The two governments signed an agreement on "
        "trucking."
    )
    assert _parties(extractor, text, Stage.SIGNED) == []


def test_the_two_countries_signing_are_the_two_states_their_sentence_names(
    extractor: Extractor,
) -> None:
    # No step and no lead pair told: the pair is the Chileans' state and the host capital's.
    text = (
        "SANTIAGO, May 4 (Agency) -- Exports of copper rose again in April. The two countries "
        "signed an agreement on the employment of Chilean miners in Lima on Tuesday."
    )
    assert _parties(extractor, text, Stage.SIGNED) == [{"Chile", "Peru"}]


def test_the_two_countries_with_three_states_named_keep_their_own_party(
    extractor: Extractor,
) -> None:
    # Near miss: three states named, so the sentence does not tell which two signed.
    text = (
        "SANTIAGO, May 4 (Agency) -- Exports of copper rose again in April. The two countries "
        "signed an agreement on the employment of Chilean miners in Lima and Bolivia on "
        "Tuesday."
    )
    assert _parties(extractor, text, Stage.SIGNED) != [{"Chile", "Peru"}]
