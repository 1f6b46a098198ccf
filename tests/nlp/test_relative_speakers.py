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


def test_a_person_before_a_role_and_a_relative_clause_speaks(extractor: Extractor) -> None:
    text = (
        "Olena Marchuk, Ukraine's honorary consul in Calgary, who flew in for the vigil, "
        "told mourners that Russia had lost more than 900,000 soldiers."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Olena Marchuk"
    assert "Ukraine" not in q.claimant.entities


def test_a_spokesman_role_before_a_relative_clause_keeps_its_body(
    extractor: Extractor,
) -> None:
    text = (
        "Matthew Miller, the State Department spokesman, who briefed reporters on Monday, "
        "said 8,000 North Korean troops were in Kursk."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "State Department" in q.claimant.name


def test_a_date_before_a_body_and_its_relative_clause_is_no_name(
    extractor: Extractor,
) -> None:
    text = (
        "Last Monday, the border guard, which patrols the frontier, said 2,500 Belarusian "
        "troops had gathered."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "the border guard"


def test_who_after_a_person_the_gazetteer_lacks_is_the_source(extractor: Extractor) -> None:
    text = (
        "The order was celebrated at a shipyard visit by trade minister Maria Lindqvist, "
        "who said the navy would buy 12 patrol boats."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "trade minister Maria Lindqvist"


def test_who_after_a_common_noun_names_no_source(extractor: Extractor) -> None:
    text = "The sailors, who said the navy would buy 12 patrol boats, were not paid."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_a_dated_relative_clause_names_the_source_before_it(extractor: Extractor) -> None:
    text = (
        "The count comes from Poland's border guard, which on Friday put migrant crossings "
        "at 420."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "border guard" in q.claimant.name


def test_a_long_reduced_relative_yields_to_its_by_source(extractor: Extractor) -> None:
    text = (
        "The report, written by analysts at a London think tank, leans heavily on data "
        "released weekly by Ukraine's General Staff, which on Monday put Russian losses over "
        "the past day at 1,240 troops."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "General Staff" in q.claimant.name


def test_a_passive_main_verb_keeps_the_main_speaker(extractor: Extractor) -> None:
    text = (
        "The defence minister said the cabinet's 20 members had been briefed by a visiting "
        "Japanese delegation, which told them Pyongyang had more than 9,000 soldiers abroad."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "delegation" not in q.claimant.name


def test_a_long_source_after_a_briefing_by_speaks_the_relative(extractor: Extractor) -> None:
    # "a briefing by X, which told": the briefing's source is the "which", past a long lead.
    text = (
        "The senators' questions came after a closed briefing by the Lithuanian State "
        "Security Department, which told them that 4,000 Belarusian soldiers had moved west."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.claimant is not None
    assert "Lithuania" in q.claimant.entities


def test_a_long_lead_before_a_plain_by_phrase_names_no_source(extractor: Extractor) -> None:
    # Near miss: "by" after a noun of no telling ("a visit by") is no source of the clause.
    text = (
        "The senators' questions came after a short and unannounced visit by the Lithuanian "
        "defence minister's deputy, which lasted an hour, as 4,000 Belarusian troops moved west."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.claimant is None
