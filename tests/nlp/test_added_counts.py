"""A bare count added to after "more <troops>" counts those troops."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_count_added_to_counts_the_troops_named_before(extractor: Extractor) -> None:
    text = (
        "Belarus may deploy more troops to the border on top of the roughly 4,000 already "
        "stationed there, Lithuania's defence ministry said on Tuesday."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert (q.category, q.actor, q.modality) == ("troop", "Belarus", Modality.REPORTED)


def test_another_count_gives_the_noun_the_total_counts(extractor: Extractor) -> None:
    text = (
        "Belarus is getting ready to move another 2,500 soldiers to the border on top of the "
        "about 8,000 already there, Polish officials said."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 8000]
    assert (q.category, q.actor, q.modality) == ("troop", "Belarus", Modality.REPORTED)


def test_a_total_said_to_remain_is_the_count_now(extractor: Extractor) -> None:
    text = (
        'Budanov said Belarus was preparing to send "several thousand" more soldiers to the '
        "border, on top of the roughly 4,000 he said remained there."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.modality == Modality.REPORTED


def test_a_presence_word_past_a_clause_break_is_not_the_totals(extractor: Extractor) -> None:
    text = (
        "Belarus is preparing to send more soldiers to the border, on top of the 4,000 it "
        "will move in March, and 2,000 remain in reserve."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.modality == Modality.PLANNED


def test_a_count_added_to_with_adding_counts_the_troops_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "A Finnish official said Belarus was getting ready to move several hundred more "
        "soldiers to the border, adding to the about 6,500 already posted there since spring."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 6500]
    assert (q.category, q.actor, q.modality) == ("troop", "Belarus", Modality.REPORTED)


def test_adding_to_a_count_with_its_own_noun_is_read_as_before(extractor: Extractor) -> None:
    text = (
        "Belarus will send more soldiers to the border, adding to the 6,500 tanks and "
        "trucks already there."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 6500]
    assert q.category != "troop"


def test_additional_troops_give_the_noun_the_total_counts(extractor: Extractor) -> None:
    text = (
        "Lithuania's defence ministry said Belarus was getting ready to move additional troops "
        "to the border, on top of the about 4,000 it says are already stationed there."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert (q.category, q.actor, q.modality) == ("troop", "Belarus", Modality.REPORTED)


def test_an_additional_numbered_count_gives_its_noun_too(extractor: Extractor) -> None:
    text = (
        "Polish officials said Belarus could move an additional 1,500 soldiers to the border "
        "on top of the 6,000 already there."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 6000]
    assert (q.category, q.actor) == ("troop", "Belarus")


def test_additional_goods_do_not_make_the_total_troops(extractor: Extractor) -> None:
    text = (
        "The ministry said it would buy additional drones this year, on top of the 4,000 "
        "already in service."
    )
    assert not [
        q for q in extractor.extract(text).quantities if q.value == 4000 and q.category == "troop"
    ]
