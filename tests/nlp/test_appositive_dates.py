"""A participle's date inside an appositive after the figure dates the appositive's noun."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_framework_concluded_years_ago_leaves_the_new_deal_news(extractor: Extractor) -> None:
    text = (
        "Finland on Tuesday signed a deal worth about $2.1 billion with a U.S. maker for 64 "
        "fighter jets, the third order under a defence cooperation accord concluded in 2019."
    )
    found = {q.measure: q for q in extractor.extract(text).quantities}
    assert found["dollar"].modality is Modality.REPORTED
    assert found["jet"].modality is Modality.REPORTED


def test_a_deal_dated_in_its_own_clause_stays_background(extractor: Extractor) -> None:
    text = "Finland signed a deal worth about $2.1 billion for 64 fighter jets in 2019."
    found = {q.measure: q for q in extractor.extract(text).quantities}
    assert found["dollar"].modality is Modality.BACKGROUND


def test_an_appositive_without_a_participle_still_dates_the_deal(extractor: Extractor) -> None:
    text = (
        "Finland signed a deal worth about $2.1 billion for 64 fighter jets, the third order, "
        "in 2019."
    )
    found = {q.measure: q for q in extractor.extract(text).quantities}
    assert found["dollar"].modality is Modality.BACKGROUND


def test_an_appositive_renaming_the_act_keeps_its_date(extractor: Extractor) -> None:
    text = (
        "Lithuania destroyed a stockpile of about 300,000 cluster munitions, "
        "a process it completed in 2016."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND
