"""A date told in a clause joined by ", and" with its own subject dates that clause's step,
not the step before it."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_the_second_clauses_date_stays_out_of_the_first_step(extractor: Extractor) -> None:
    text = (
        "Lukashenko signed a decree ratifying the security pact with Russia, and Putin "
        "signed the ratification law in March 2019."
    )
    events = extractor.extract(text).events
    ratified = [e for e in events if e.stage is Stage.RATIFIED]
    assert any(e.modality is Modality.REPORTED for e in ratified)


def test_a_date_after_a_list_of_parties_still_dates_the_step(extractor: Extractor) -> None:
    text = "Russia ratified the pact with Iran, Syria, and Venezuela in March 2019."
    (e,) = extractor.extract(text).events
    assert e.modality is Modality.BACKGROUND


def test_each_joined_step_keeps_its_own_subject(extractor: Extractor) -> None:
    text = (
        "Ecuador quit the fisheries treaty on Monday, and Peru responded within days by "
        "suspending its own part in the pact."
    )
    parties = {e.stage: e.parties for e in extractor.extract(text).events}
    assert parties[Stage.WITHDRAWN] == ("Ecuador",)
    assert parties[Stage.SUSPENDED] == ("Peru",)


def test_a_joined_clause_with_no_step_keeps_both_parties(extractor: Extractor) -> None:
    text = "Chile and Peru signed the fisheries treaty on Monday, and Lima called it historic."
    [event] = extractor.extract(text).events
    assert set(event.parties) == {"Chile", "Peru"}


def test_a_list_of_parties_is_no_joined_clause(extractor: Extractor) -> None:
    text = "Chile signed fisheries treaties with Peru, Ecuador, and Colombia on Monday."
    [event] = extractor.extract(text).events
    assert "Colombia" in event.parties
