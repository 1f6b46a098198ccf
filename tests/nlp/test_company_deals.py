"""An agreement a company signs is business, no treaty."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_state_signing_with_companies_signs_no_treaty(extractor: Extractor) -> None:
    text = (
        "Lithuania signed framework agreements with Rheinmetall Group and Nammo Industries "
        "for artillery shells on Tuesday."
    )
    assert extractor.extract(text).events == ()


def test_an_agreement_founding_a_joint_venture_is_no_treaty(extractor: Extractor) -> None:
    text = (
        "Two Latvian and Estonian firms signed an agreement on Monday on a joint venture "
        "that will build drones in Latvia."
    )
    assert extractor.extract(text).events == ()


def test_states_signing_an_agreement_still_sign_a_treaty(extractor: Extractor) -> None:
    text = "Lithuania and Poland signed a defence agreement on Tuesday."
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Lithuania", "Poland"}


def test_a_deal_with_an_unnamed_maker_is_no_treaty(extractor: Extractor) -> None:
    text = "Estonia signed an agreement with a Nordic ammunition maker on Thursday."
    assert extractor.extract(text).events == ()


def test_a_sponsorship_deal_is_no_treaty(extractor: Extractor) -> None:
    text = "Romania's national football team signed a sponsorship deal with Bucharest airport."
    assert extractor.extract(text).events == ()


def test_an_agreement_signed_by_university_rectors_is_no_treaty(extractor: Extractor) -> None:
    text = (
        "The rector of Warsaw University Anna Nowak and the rector of Kyiv Polytechnic "
        "Institute signed an agreement on joint degrees."
    )
    assert extractor.extract(text).events == ()


def test_universities_signing_an_exchange_agreement_is_no_treaty(extractor: Extractor) -> None:
    text = (
        "Vilnius University and the University of Tartu signed an agreement on student "
        "exchanges, Estonia said."
    )
    assert extractor.extract(text).events == ()


def test_a_treaty_signed_at_a_university_is_still_a_treaty(extractor: Extractor) -> None:
    text = "Estonia and Latvia signed a border treaty at Tartu University on Friday."
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Estonia", "Latvia"}
