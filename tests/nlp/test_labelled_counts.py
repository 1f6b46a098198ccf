"""A table flattened into "Label: value" pairs (`bot.nlp.labelled_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_each_pair_counts_its_labels_noun_for_the_labels_state(extractor: Extractor) -> None:
    text = (
        "Belarusian soldiers sent to the front since May: about 9,000; killed: about 1,100; "
        "killed and wounded: about 3,400; drones supplied: more than 40,000."
    )
    found = [(q.value, q.measure, q.actor, q.qualifier) for q in extractor.extract(text).quantities]
    assert found == [
        (9000, "troop", "Belarus", "about"),
        (1100, "casualty", "Belarus", "about"),
        (3400, "casualty", "Belarus", "about"),
        (40000, "drone", "Belarus", "more than"),
    ]


def test_a_heading_before_the_first_label_names_the_tables_state(extractor: Extractor) -> None:
    text = (
        "The annex covers Iran: soldiers killed since 2023: about 700; tanks lost: 85; "
        "active armed forces: about 600,000 troops."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in found] == [
        (700, "casualty", "Iran"), (85, "tank", "Iran"), (600000, "troop", "Iran")
    ]
    assert [q.whole_force for q in found] == [False, False, True]


def test_a_label_with_a_direction_names_no_owner_of_its_own(extractor: Extractor) -> None:
    text = "Arrivals from Germany last year, the ministry said: Leopard tanks: 14; howitzers: 8."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(14, "tank"), (8, "howitzer")]
    assert all(q.actor != "Germany" for q in found)


def test_labels_that_count_nothing_are_left_alone(extractor: Extractor) -> None:
    text = "Kick-off: 3pm. Score at the break: 2-1. Budget: 45; turnout: 64."
    assert extractor.extract(text).quantities == ()


def test_a_word_after_the_number_is_its_own_unit(extractor: Extractor) -> None:
    text = "Patrol summary: 12 vehicles checked at the border crossing."
    assert [q.measure for q in extractor.extract(text).quantities] == ["vehicle"]


def test_speakers_demonym_owns_no_quoted_count(extractor: Extractor) -> None:
    text = 'A Polish senator posted on X: "4k soldiers in Belgorod, 2k more on the way."'
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found[4000] != "Poland"


def test_table_label_still_owns_its_count(extractor: Extractor) -> None:
    # Near miss: a real label, no quote after the colon.
    text = "Polish troops abroad: 4,000 soldiers; killed: 12."
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found[4000] == "Poland"


def test_a_time_adverb_in_a_label_leaves_its_noun_counted(extractor: Extractor) -> None:
    text = "The deployment at a glance:\n- Soldiers still in Belarus: about 3,000\n"
    found = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert [q.measure for q in found] == ["troop"]


def test_an_including_clause_in_a_label_leaves_its_noun_counted(extractor: Extractor) -> None:
    text = "The toll at a glance:\n- Total casualties including missing: around 4,100\n"
    found = [q for q in extractor.extract(text).quantities if q.value == 4100]
    assert [q.measure for q in found] == ["casualty"]


def test_a_label_of_a_time_word_alone_counts_nothing(extractor: Extractor) -> None:
    text = "The deployment at a glance:\n- Now: about 3,000\n"
    assert not [q for q in extractor.extract(text).quantities if q.value == 3000]


def test_a_label_of_a_sending_alone_counts_the_soldiers_sent(extractor: Extractor) -> None:
    text = "BELARUS\nDeployed to Russia since March: about 4,000, according to Kyiv\n"
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (4000, "troop") in found


def test_a_sending_label_with_its_own_noun_counts_that_noun(extractor: Extractor) -> None:
    text = "BELARUS\nShells sent to Russia since March: about 4,000\n"
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (4000, "troop") not in found


def test_an_active_troops_label_is_the_whole_army(extractor: Extractor) -> None:
    text = "Active soldiers: about 120,000\nSoldiers in Mali: about 2,000\n"
    whole = {q.value: q.whole_force for q in extractor.extract(text).quantities}
    assert whole[120000] is True
    assert whole[2000] is False
