"""An upper-case "US" between a number and its noun is the country, not the pronoun."""

from __future__ import annotations

from bot.nlp import Extractor


def test_us_before_the_counted_noun_names_whose_troops(extractor: Extractor) -> None:
    q = extractor.extract("Roughly 35,000 US troops are based in Germany.").quantities
    assert [(x.value, x.measure, x.actor) for x in q] == [(35000, "troop", "United States")]


def test_a_name_with_a_letter_variant_modifies_the_counted_noun(extractor: Extractor) -> None:
    text = "Romania has ordered 54 Piorun-M launchers."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (54, "launcher")
    ]


def test_two_joined_designators_modify_the_counted_noun(extractor: Extractor) -> None:
    text = "The army received about 120 AH-64 and UH-60 helicopters last year."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (120, "helicopter")
    ]


def test_work_in_man_days_counts_man_days(extractor: Extractor) -> None:
    text = "The shipyard contract will create 40,000 man-days of work for local firms."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (40000, "man-day")


def test_days_a_crew_worked_stay_days(extractor: Extractor) -> None:
    text = "The 30-man crew worked on the hull for 12 days."
    measures = {q.measure for q in extractor.extract(text).quantities}
    assert "man-day" not in measures and "day" in measures


def test_a_currency_code_before_a_plain_number_is_an_amount(extractor: Extractor) -> None:
    text = "Vilnius will pay EUR 410 mln for the radars and PLN 96 million for the trucks."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (410_000_000, "euro"), (96_000_000, "zloty")
    ]


def test_a_makers_capitals_before_a_number_still_name_a_model(extractor: Extractor) -> None:
    text = "The air force will buy 12 JAS 39 jets."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (12, "jet")
    ]


def test_a_hyphenated_modifier_counts_once(extractor: Extractor) -> None:
    text = "Kyiv said air defences downed 6 Kalibr long-range guided missiles overnight."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (6, "missile")
    ]


def test_too_many_modifiers_still_count_no_noun(extractor: Extractor) -> None:
    text = "Kyiv said air defences downed 6 big old long-range heavy guided missiles overnight."
    assert [q.measure for q in extractor.extract(text).quantities] != ["missile"]
