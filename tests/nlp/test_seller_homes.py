"""A currency names the buyer unless it is the one seller's own money."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.seller_homes import currency_names_buyer


def test_a_consortium_with_a_local_partner_is_paid_by_the_buyer(extractor: Extractor) -> None:
    text = (
        "Poland and Sweden held talks on Monday. Separately, the Armament Agency signed a "
        "contract worth 3.2 billion zloty with a consortium of Germany's Rheinmetall and "
        "Polish firm Huta Group for 40 armoured vehicles."
    )
    deals = [q.actor for q in extractor.extract(text).quantities if q.category == "deal"]
    assert deals == ["Poland"]


def test_only_the_sellers_home_named_leaves_the_currency_to_name_the_buyer() -> None:
    assert currency_names_buyer("Poland", ["South Korea"], {"South Korea"})


def test_the_one_sellers_own_money_names_no_buyer() -> None:
    assert not currency_names_buyer("South Korea", ["Poland", "South Korea"], {"South Korea"})


def test_a_currency_of_a_state_the_story_never_named_is_no_buyer() -> None:
    assert not currency_names_buyer("Poland", ["France"], {"South Korea"})
