"""A source reporting in a relative clause: "<name>, which told ... that N"."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_which_told_lawmakers_names_the_source_before_it(extractor: Extractor) -> None:
    text = (
        "LONDON, Dec 20 (Wire) - Talks went on.\n"
        "Britain's Ministry of Defence (MoD), which told MPs last week that about 1,500 "
        "Belarusian soldiers were near the border, has said little since."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Ministry of Defence" in q.claimant.name
    assert q.modality is Modality.BACKGROUND


def test_who_said_names_the_person_before_it(extractor: Extractor) -> None:
    text = (
        "Volodymyr Zelensky, who said on Monday that 2,000 Belarusian troops had massed "
        "nearby, will travel to Brussels."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Zelensky" in q.claimant.name


def test_speaker_before_a_closed_relative_clause_is_the_source(extractor: Extractor) -> None:
    text = (
        "A senior border official, who spoke on condition of anonymity, said the guard now "
        "estimated Belarusian troops near the frontier at about 4,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "A senior border official"
    assert q.actor == "Belarus"


def test_a_relative_clause_on_an_object_leaves_the_inverted_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "The government has approved 300 million euros for the army, which needs new "
        "radars, says the finance ministry."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "finance ministry" in q.claimant.name
