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
