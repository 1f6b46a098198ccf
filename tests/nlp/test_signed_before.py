"""A deal described by a signing date well before the article is history with its figures."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_a_contract_signed_weeks_before_prices_history(extractor: Extractor) -> None:
    text = (
        "Oslo's jet plans\n\n12 November 2025\n\n"
        "The follow-on contract, signed in Seoul on Sept. 30, covers 40 more jets worth "
        "about $3 billion."
    )
    found = _modalities(extractor, text)
    assert found[3e9] is Modality.BACKGROUND and found[40] is Modality.BACKGROUND


def test_a_contract_signed_months_before_by_month_is_history(extractor: Extractor) -> None:
    text = (
        "Hanoi's frigates\n\nDec 2, 2025\n\n"
        "The navy has expanded fast, including a frigate contract signed with a Dutch yard "
        "in September and worth about $2 billion."
    )
    assert _modalities(extractor, text)[2e9] is Modality.BACKGROUND


def test_a_contract_signed_this_week_is_news(extractor: Extractor) -> None:
    text = (
        "Oslo's jet plans\n\n12 November 2025\n\n"
        "The follow-on contract, signed in Seoul on Nov. 11, covers 40 more jets worth "
        "about $3 billion."
    )
    assert _modalities(extractor, text)[3e9] is Modality.REPORTED


def test_a_deal_a_state_signed_months_before_is_history(extractor: Extractor) -> None:
    text = (
        "ATHENS, Dec 3 (Wire) - The shipyard strike did not reach the navy's yards. "
        "Greece signed a deal in September to buy four frigates for about $3 billion."
    )
    assert _modalities(extractor, text)[3e9] is Modality.BACKGROUND


def test_a_deal_signed_this_week_stays_news(extractor: Extractor) -> None:
    text = (
        "ATHENS, Dec 3 (Wire) - Greece signed a deal on Monday to buy four frigates for "
        "about $3 billion."
    )
    assert _modalities(extractor, text)[3e9] is Modality.REPORTED


def test_a_deal_signed_then_dated_after_its_figures_is_history(extractor: Extractor) -> None:
    text = (
        "Yard orders\n\n14 December 2025\n\n"
        "A Dutch shipbuilder signed a $2.4 billion contract with Vietnam for four frigates "
        "in September, its largest export order yet."
    )
    found = _modalities(extractor, text)
    assert found[2.4e9] is Modality.BACKGROUND and found[4] is Modality.BACKGROUND


def test_a_date_of_another_clause_leaves_the_deal_news(extractor: Extractor) -> None:
    text = (
        "Yard orders\n\n14 December 2025\n\n"
        "A Dutch shipbuilder signed a $2.4 billion contract with Vietnam on Friday, and the "
        "first hull was laid down in September."
    )
    assert _modalities(extractor, text)[2.4e9] is Modality.REPORTED


def test_a_priced_deal_its_relative_clause_signs_months_ago_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Hanoi's frigates\n\nDec 2, 2025\n\n"
        "The order follows the $4bn contract Hanwha Ocean signed with Hanoi in September for "
        "six frigates."
    )
    assert _modalities(extractor, text)[4e9] is Modality.BACKGROUND


def test_a_priced_deal_signed_this_week_stays_news(extractor: Extractor) -> None:
    text = (
        "Hanoi's frigates\n\nDec 2, 2025\n\n"
        "The order follows the $4bn contract Hanwha Ocean signed with Hanoi on Monday for "
        "six frigates."
    )
    assert _modalities(extractor, text)[4e9] is Modality.REPORTED


def test_a_set_off_signing_after_the_bought_goods_dates_the_deal(extractor: Extractor) -> None:
    text = (
        "Oslo's jet plans\n\n12 November 2025\n\n"
        "The largest order was Norway's framework contract for 40 trainer jets, signed in "
        "Bergen in June and worth about $3 billion."
    )
    assert _modalities(extractor, text)[3e9] is Modality.BACKGROUND


def test_goods_signed_off_without_a_deal_noun_stay_news(extractor: Extractor) -> None:
    text = (
        "Oslo's jet plans\n\n12 November 2025\n\n"
        "The air force will buy 40 trainer jets, signed off by parliament in June, for "
        "about $3 billion."
    )
    assert _modalities(extractor, text)[3e9] is not Modality.BACKGROUND


def test_a_month_fronting_the_signing_verb_dates_the_deal(extractor: Extractor) -> None:
    text = (
        "Hanoi's frigates\n\n14 October 2025\n\n"
        "Bogota has bought patrol boats from the yard since 2019, and in July signed a "
        "$1.8 billion deal for six more frigates."
    )
    found = _modalities(extractor, text)
    assert found[1.8e9] is Modality.BACKGROUND and found[6] is Modality.BACKGROUND


def test_a_fronted_month_on_another_clause_leaves_the_deal_news(extractor: Extractor) -> None:
    text = (
        "Hanoi's frigates\n\n14 October 2025\n\n"
        "Bogota ordered patrol boats in July, and signed a $1.8 billion deal for six more "
        "frigates on Monday."
    )
    assert _modalities(extractor, text)[1.8e9] is Modality.REPORTED
