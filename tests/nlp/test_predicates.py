"""Counts given as the predicate of what they count."""

from __future__ import annotations

from bot.nlp import Extractor


def test_casualties_were_a_number(extractor: Extractor) -> None:
    text = "A NATO official said Russian casualties were about 2,300 in the week."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (2300, "casualty", "about")
    assert q.actor == "Russia"


def test_a_predicate_of_things_is_not_read(extractor: Extractor) -> None:
    assert not extractor.extract("The odds were 100 to one.").quantities


def test_a_quoted_predicate_after_an_adverb(extractor: Extractor) -> None:
    text = 'An official said that total casualties now stood at "almost 2,000".'
    (q,) = extractor.extract(text).quantities
    assert q.value == 2000 and q.measure == "casualty"


def test_a_count_after_a_comma_aside_reads_the_noun_before_it(extractor: Extractor) -> None:
    text = "Russian casualties, including the missing, were about 3,200, the ministry said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (3200, "casualty", "Russia")


def test_an_aside_before_a_non_people_noun_gives_no_figure(extractor: Extractor) -> None:
    text = "Prices, including fuel, were about 3,200 last year, the ministry said."
    assert extractor.extract(text).quantities == ()


def test_casualties_of_a_side_estimated_at_a_number(extractor: Extractor) -> None:
    text = (
        "The envoy said the total casualties of Sudan, including the wounded, were estimated "
        "at around 3,100."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier, q.actor) == (3100, "casualty", "around", "Sudan")


def test_things_of_a_side_estimated_at_a_number_are_no_count(extractor: Extractor) -> None:
    assert not extractor.extract("The debts of Sudan were estimated at around 3,100.").quantities


def test_an_estimate_object_past_an_aside_and_a_two_word_demonym(
    extractor: Extractor,
) -> None:
    text = (
        "The ministry put total South Sudanese casualties, the dead and the missing "
        "together, at nearly 900."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (900, "casualty", "nearly")


def test_a_price_put_at_a_number_past_an_aside_is_no_count(extractor: Extractor) -> None:
    text = "The ministry put total fuel prices, taxes and duties together, at nearly 900."
    assert not [q for q in extractor.extract(text).quantities if q.measure == "casualty"]


def test_a_total_between_the_owner_and_the_noun_keeps_the_owner(extractor: Extractor) -> None:
    text = (
        "Poland's border guard puts the Kremlin's total casualties, killed and missing, at "
        "nearly 2,500."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (2500, "casualty", "Russia")


def test_a_total_of_things_put_at_a_number_is_no_casualty_count(extractor: Extractor) -> None:
    text = "Poland's border guard puts the Kremlin's total exports, fuel and grain, at 2,500."
    assert all(q.measure != "casualty" for q in extractor.extract(text).quantities)


def test_a_relative_clause_sizes_the_people_before_its_comma(extractor: Extractor) -> None:
    text = "Officials said Belarusian troops near the border, who number about 7,000, had dug in."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor, q.qualifier) == (7000, "troop", "Belarus", "about")


def test_a_relative_clause_after_things_is_no_troop_count(extractor: Extractor) -> None:
    text = "The protesters' banners, which number about 7,000, lined the road."
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)


def test_an_estimate_set_higher_at_a_number_counts_its_object(extractor: Extractor) -> None:
    text = (
        "Britain's defence intelligence said Russia had lost 900 soldiers in the week. "
        "Kyiv puts Russia's losses much higher, at about 1,400."
    )
    values = {q.value: q for q in extractor.extract(text).quantities}
    q = values[1400]
    assert q.measure == "casualty" and q.actor == "Russia"


def test_a_thing_set_higher_at_a_number_is_no_casualty(extractor: Extractor) -> None:
    text = "Traders put prices higher, at about 1,400, after the report."
    assert not [q for q in extractor.extract(text).quantities if q.measure == "casualty"]
