"""Which claim cue speaks for a figure (`bot.nlp.claim_choice`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_later_source_dated_before_its_that_clause_does_not_take_the_figure(
    extractor: Extractor,
) -> None:
    text = (
        "Turkey's defence ministry told reporters on Friday that about 300 fighters had been"
        " killed and 1,400 wounded, and Syria said last week that it had recalled its envoy."
    )
    [wounded] = [q for q in extractor.extract(text).quantities if q.value == 1400]
    assert wounded.claimant is not None and wounded.claimant.name.startswith("Turkey")


def test_a_later_source_closing_the_sentence_still_claims(extractor: Extractor) -> None:
    text = "About 1,400 fighters have been wounded, and 300 killed, Syria said last week."
    [wounded] = [q for q in extractor.extract(text).quantities if q.value == 1400]
    assert wounded.claimant is not None and wounded.claimant.name == "Syria"


def test_a_denial_keeps_its_figure_past_a_later_own_clause_source(extractor: Extractor) -> None:
    text = (
        "Chad's envoy on Monday called the reports of 6,000 Chadian soldiers in Darfur "
        "'outright lies', while Sudan's army said on Sunday that it had retaken the airport."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name.startswith("Chad")


def test_a_later_own_clause_source_alone_still_claims_nothing(extractor: Extractor) -> None:
    text = (
        "About 6,000 Chadian soldiers are in Darfur, while Sudan's army said on Sunday that "
        "it had retaken the airport."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_an_indefinite_relay_leaves_the_named_source(extractor: Extractor) -> None:
    text = (
        "Belarus has sent about 1,200 troops to the border, Poland's defence ministry said "
        "on Monday, according to a lawmaker."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Poland" in q.claimant.entities


def test_a_named_relay_still_claims(extractor: Extractor) -> None:
    text = (
        "Belarus has sent about 1,200 troops to the border, Poland's defence ministry said "
        "on Monday, according to Rep. Park Ji-won."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Park" in q.claimant.name
