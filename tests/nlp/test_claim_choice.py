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
        "Belarus has sent about 1,200 troops to the border, General Nowak said "
        "on Monday, according to Rep. Park Ji-won."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Park" in q.claimant.name


def test_an_as_clause_source_does_not_claim_the_figure_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "India's parliament passed the bill with 310 votes, as Tokyo said hundreds of "
        "Japanese troops had arrived."
    )
    (votes,) = [q for q in extractor.extract(text).quantities if q.value == 310]
    assert votes.claimant is None


def test_an_as_attribution_still_vouches_for_the_clause_before(extractor: Extractor) -> None:
    text = "India moved 3,000 troops to the border, as the ministry said on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "the ministry"


def test_an_of_whom_source_claims_the_part_not_the_group(extractor: Extractor) -> None:
    text = (
        "The 9,000 Belarusian soldiers, of whom Kyiv says 700 have been killed, are still "
        "in the region."
    )
    claimants = {q.value: q.claimant for q in extractor.extract(text).quantities}
    assert claimants[9000] is None
    part = claimants[700]
    assert part is not None and part.entities == ("Ukraine",)


def test_an_as_clause_source_after_a_step_does_not_claim_it(extractor: Extractor) -> None:
    text = (
        "Armenia's parliament ratified a border treaty with Georgia on Friday, as Azerbaijan "
        "warned that the deal could inflame the region."
    )
    (event,) = extractor.extract(text).events
    assert event.claimant is None


def test_an_as_attribution_closing_a_step_still_claims_it(extractor: Extractor) -> None:
    text = "Armenia's parliament ratified a border treaty with Georgia, as the ministry said."
    (event,) = extractor.extract(text).events
    assert event.claimant is not None and event.claimant.name == "the ministry"


def test_a_later_source_putting_its_own_figure_does_not_claim_the_earlier(
    extractor: Extractor,
) -> None:
    text = (
        "Latvia's defence staff said on Monday that about 2,300 Belarusian troops were at "
        "the border and that around 600 had been injured, while Lithuania's intelligence "
        "service puts the deployment at about 3,000."
    )
    found = {q.value: q.claimant for q in extractor.extract(text).quantities}
    assert found[600] is not None and found[600].name == "Latvia's defence staff"


def test_a_pronoun_putting_a_later_figure_still_claims_the_earlier(
    extractor: Extractor,
) -> None:
    text = (
        "Latvia's defence staff said 1,000 Belarusian troops were at the border. Days later "
        "the staff raised its figure to 2,300, and by July it put the number at more than "
        "3,000."
    )
    found = {q.value: q.claimant for q in extractor.extract(text).quantities}
    assert found[2300] is not None and found[2300].name == "Latvia's defence staff"
