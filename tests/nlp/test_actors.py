"""Whose figure it is (`bot.nlp.actors`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_side_helped_is_not_the_sender(extractor: Extractor) -> None:
    text = (
        "Belarus has started sending engineers to help Russia, with a first group of about "
        "600 soldiers taken to Kursk by train."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (600, "Belarus")


def test_the_side_supported_is_not_the_sender(extractor: Extractor) -> None:
    text = (
        "Belarus has begun sending medics to Russia to support Moscow's campaign in Kursk, "
        "with about 300 soldiers already flown to the Russian border, officials said."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (300, "Belarus")


def test_a_supporting_states_own_figure_stays_its(extractor: Extractor) -> None:
    text = "Germany will support Ukraine with 40 more tanks, Berlin said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (40, "Germany")


def test_the_people_supported_keep_their_own_demonym(extractor: Extractor) -> None:
    text = "Poland is supporting 50,000 Ukrainian refugees, Warsaw said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (50000, "Ukraine")


def test_soldiers_captured_from_a_country_are_its(extractor: Extractor) -> None:
    text = "Kyiv says 14 soldiers captured from Belarus will be exchanged next week."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (14, "troop", "Belarus")


def test_military_modifying_a_noun_is_no_troop_count(extractor: Extractor) -> None:
    text = "The ministry hired 500 military construction engineers last year."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (500, "engineer")


def test_a_demonym_before_formations_names_the_losing_side(extractor: Extractor) -> None:
    text = "Georgian formations lost up to 45 servicemen near the pass, the army reported."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (45, "Georgia")


def test_a_demonym_contingent_names_the_side_that_lost(extractor: Extractor) -> None:
    text = "Officials said the Belarusian contingent had lost about 200 killed in the raid."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (200, "Belarus")


def test_a_demonym_before_another_noun_owns_no_losses(extractor: Extractor) -> None:
    text = "Officials said the Belarusian balloon carried about 200 leaflets."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None


def test_a_source_set_off_with_according_to_is_no_subject(extractor: Extractor) -> None:
    text = (
        "Polish troops now guard about 90 kilometres of the border, according to the Institute "
        "for Eastern Studies, up from about 40 kilometres in their first month."
    )
    actors = [q.actor for q in extractor.extract(text).quantities]
    assert actors == ["Poland", "Poland"]


def test_a_figure_told_by_the_source_alone_has_no_owner(extractor: Extractor) -> None:
    text = "According to the Institute for Eastern Studies, about 40 kilometres were mined."
    actors = [q.actor for q in extractor.extract(text).quantities]
    assert actors == [None]


def test_the_korean_peoples_army_is_north_koreas(extractor: Extractor) -> None:
    text = "About 900 engineers of the KPA have cleared mines near the border since June."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "North Korea"
    text = "About 900 soldiers of the Korean People's Army paraded on Saturday."
    assert extractor.extract(text).quantities[0].actor == "North Korea"


def test_the_korean_peninsula_names_no_side(extractor: Extractor) -> None:
    text = "About 900 engineers from the Korean Peninsula attended the fair on Saturday."
    assert extractor.extract(text).quantities[0].actor is None


def test_the_state_a_deal_supplies_is_its_buyer(extractor: Extractor) -> None:
    text = "Hanwha has signed a contract worth $900 million to supply Norway with 40 howitzers."
    money = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert [(q.value, q.actor) for q in money] == [(900_000_000, "Norway")]


def test_a_deal_supplying_no_state_has_no_buyer(extractor: Extractor) -> None:
    text = "Hanwha has signed a contract worth $900 million to supply 40 howitzers."
    money = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert [(q.value, q.actor) for q in money] == [(900_000_000, None)]
