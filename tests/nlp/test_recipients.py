"""The recipient of "sent <state> N things" is not the actor."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_recipient_of_sent_is_no_actor(extractor: Extractor) -> None:
    text = "Iran has sent Russia more than 300 containers of ammunition, officials said."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor == "Iran"


def test_each_count_of_a_given_list_is_the_givers(extractor: Extractor) -> None:
    text = (
        "Belarus has sent Russia thousands of rifles, about 90 tanks and some 4,000 soldiers, "
        "officials said."
    )
    quantities = extractor.extract(text).quantities
    assert {q.value: q.actor for q in quantities if q.value in (90, 4000)} == {
        90: "Belarus", 4000: "Belarus"
    }


def test_a_count_with_a_verb_of_its_own_leaves_the_list(extractor: Extractor) -> None:
    text = "Belarus sent Russia 90 tanks, and 40 soldiers were wounded in the convoy."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 40]
    assert q.actor != "Belarus"


def test_a_quoted_count_after_the_recipient_is_the_givers(extractor: Extractor) -> None:
    text = (
        'The minister said Belarus had sent Russia "nearly 400 armoured vehicles" and about '
        "6,000 soldiers this year."
    )
    quantities = extractor.extract(text).quantities
    assert {q.value: q.actor for q in quantities if q.value in (400, 6000)} == {
        400: "Belarus", 6000: "Belarus"
    }


def test_a_quoted_count_with_a_verb_of_its_own_leaves_the_list(extractor: Extractor) -> None:
    # Near miss: the later count opens a clause of its own, quote marks or not.
    text = 'Belarus sent Russia "90 tanks", and 40 soldiers were wounded in the convoy.'
    [q] = [q for q in extractor.extract(text).quantities if q.value == 40]
    assert q.actor != "Belarus"


def test_a_demonyms_service_after_the_giving_verb_is_the_recipient(extractor: Extractor) -> None:
    text = "Australia has agreed to give the Philippine Navy four patrol boats next year."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4]
    assert q.actor == "Australia"


def test_a_demonyms_service_as_the_subject_keeps_its_count(extractor: Extractor) -> None:
    # Near miss: the service is the giver, no verb before it.
    text = "The Philippine Navy will give Vietnam four patrol boats next year."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4]
    assert q.actor != "Vietnam"
