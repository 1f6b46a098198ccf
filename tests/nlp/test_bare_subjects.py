"""A bare number that counts what the text counted last because of its clause
(`bot.nlp.bare_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_bare_subject_after_a_reporting_verb_counts_the_group_s_dead(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus sent 9,000 soldiers, of whom Kyiv says more than 700 have been killed or "
        "wounded."
    )
    counts = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert (700, "casualty", "Belarus") in counts


def test_a_bare_number_after_a_reporting_verb_without_a_fate_is_no_casualty(
    extractor: Extractor,
) -> None:
    text = "Belarus sent 9,000 soldiers, of whom Kyiv says 700 are from Minsk."
    assert all(q.measure != "casualty" for q in extractor.extract(text).quantities)


def test_a_quoted_bare_number_in_a_second_reported_clause_is_a_toll(
    extractor: Extractor,
) -> None:
    text = (
        'Latvian officials say 9,000 Belarusian soldiers were sent, and that "over 700" '
        "have already been killed or wounded."
    )
    counts = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert (700, "casualty", "Belarus") in counts


def test_a_quoted_bare_number_with_no_fate_is_no_toll(extractor: Extractor) -> None:
    text = 'Latvian officials say 9,000 Belarusian soldiers were sent, and "over 700" more.'
    counts = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (700, "casualty") not in counts


def test_a_bulleted_bare_subject_counts_the_dead_of_the_side_counted_before(
    extractor: Extractor,
) -> None:
    text = (
        "The ministry told lawmakers that:\n"
        "- some 6,000 Belarusian soldiers are fighting in Russia;\n"
        "- about 900 have been killed since the spring.\n"
    )
    counts = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert (900, "casualty", "Belarus") in counts


def test_a_bulleted_bare_number_without_a_fate_is_no_casualty(extractor: Extractor) -> None:
    text = (
        "The ministry told lawmakers that:\n"
        "- some 6,000 Belarusian soldiers are fighting in Russia;\n"
        "- about 900 are from Minsk.\n"
    )
    assert all(q.measure != "casualty" for q in extractor.extract(text).quantities)


def test_a_source_saying_a_bare_number_died_after_a_toll(extractor: Extractor) -> None:
    text = (
        "Lithuania puts Belarusian casualties at about 1,000. Minsk says more than 1,500 have "
        "been killed or wounded."
    )
    found = [(q.value, q.category, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(1000, "casualty", "Belarus"), (1500, "casualty", "Belarus")]


def test_a_bare_number_after_troops_sent_home_is_no_toll(extractor: Extractor) -> None:
    text = (
        "Lithuania puts Belarusian troops at about 1,000. Minsk says more than 1,500 have "
        "been sent home."
    )
    found = [q.category for q in extractor.extract(text).quantities]
    assert "casualty" not in found


def test_a_bare_number_opening_an_after_clause_with_a_fate_is_a_toll(
    extractor: Extractor,
) -> None:
    text = (
        "Monitors believe about 6,000 Eritrean troops are still in Tigray, after some 900 were "
        "killed in the spring offensive."
    )
    toll = next(q for q in extractor.extract(text).quantities if q.value == 900)
    assert (toll.category, toll.actor) == ("casualty", "Eritrea")


def test_a_bare_number_opening_an_after_clause_without_a_fate_is_no_toll(
    extractor: Extractor,
) -> None:
    text = (
        "Monitors believe about 6,000 Eritrean troops are still in Tigray, after some 900 were "
        "sent home in the spring."
    )
    found = [q.category for q in extractor.extract(text).quantities]
    assert "casualty" not in found
