"""A bare number told as sent, after a count of troops, counts troops."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_reported_bare_count_of_troops_sent(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "Kyiv says nearly 6,000 have been deployed there since March."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in quantities] == [(4000, "troop"), (6000, "troop")]
    assert quantities[1].actor == "Belarus"


def test_the_bare_object_of_a_plan_to_send(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "Lithuania says Belarus plans to send 3,000 by June."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.modality) == (3000, "troop", Modality.PLANNED)


def test_a_bare_number_after_money_is_no_troop_count(extractor: Extractor) -> None:
    text = (
        "Minsk spent $40 million on the exercise. "
        "Kyiv says 6,000 have been deployed there since March."
    )
    assert [q.measure for q in extractor.extract(text).quantities] == ["dollar"]


def test_a_bare_count_said_to_be_there_counts_the_troops(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "Vilnius says some 5,000 are there now and more are coming."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in quantities][-1] == (5000, "troop", "Belarus")


def test_a_bare_count_in_a_dated_reports_that_clause(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "The Lithuanian minister said last week that 3,500 were in the forest camps."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (3500, "troop", "Belarus")


def test_arrived_and_a_second_that_clause_count_troops(extractor: Extractor) -> None:
    text = (
        "Minsk has about 4,000 soldiers near the border. "
        "Kyiv says about 1,500 have already arrived and that 2,000 will have been sent by May."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in quantities] == [
        (4000, "troop"), (1500, "troop"), (2000, "troop")
    ]
    assert quantities[2].modality is Modality.PLANNED


def test_a_bare_count_that_remains_counts_the_troops_sent(extractor: Extractor) -> None:
    text = (
        "Minsk has sent about 9,000 soldiers to Serbia, and Kyiv said on Friday that 7,000 "
        "remain."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (7000, "troop", "Belarus")


def test_a_count_that_remains_missing_is_not_of_troops_sent(extractor: Extractor) -> None:
    text = (
        "Minsk has sent about 9,000 soldiers to Serbia, and Kyiv said on Friday that 70 "
        "remain missing."
    )
    assert all(q.value != 70 or q.measure != "troop" for q in extractor.extract(text).quantities)


_LISTED = (
    "Belarusian troops in Russia: the estimates\n"
    "The CIA:\nAbout 2,000 Belarusian soldiers since March.\n"
    "Ukraine's SBU (Security Service):\n"
)


def test_a_list_entry_of_a_bare_number_still_deployed(extractor: Extractor) -> None:
    text = _LISTED + "About 1,800 still deployed near Kursk.\n"
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 1800]
    assert (q.measure, q.actor) == ("troop", "Belarus")
    assert q.claimant is not None and q.claimant.name == "Ukraine's SBU"


def test_a_list_entry_of_a_bare_number_still_missing_is_no_sending(
    extractor: Extractor,
) -> None:
    text = _LISTED + "About 1,800 still missing near Kursk.\n"
    assert not [q for q in extractor.extract(text).quantities if q.value == 1800]


def test_a_bare_number_sent_before_a_second_verb(extractor: Extractor) -> None:
    text = ("Belarusian soldiers are in Russia. Kyiv said Minsk had so far sent about 1,200 and "
            "expected more to follow.")  # fmt: skip
    assert any(q.value == 1200 and q.measure == "troop"
               for q in extractor.extract(text).quantities)  # fmt: skip


def test_a_bare_number_sent_and_another_number_is_no_second_verb(extractor: Extractor) -> None:
    # near miss: "sent 1,200 and 300 tanks" joins two objects
    text = "Belarusian soldiers are in Russia. Kyiv said Minsk had sent 1,200 and 300 tanks."
    assert not any(q.value == 1200 and q.measure == "troop"
                   for q in extractor.extract(text).quantities)  # fmt: skip
