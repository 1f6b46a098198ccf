"""Who says so across sentences: definite descriptions of an earlier source, a source's
figure or estimate, "put ... at", follow-on figures and a denial in the next sentence."""

from __future__ import annotations

from bot.models import Claimant, Quantity
from bot.nlp import Extractor


def figures(extractor: Extractor, text: str) -> list[Quantity]:
    return list(extractor.extract(text).quantities)


def test_the_agency_is_the_agency_named_before(extractor: Extractor) -> None:
    text = (
        "The Yonhap agency reported that 12,000 North Korean troops were in Kursk.\n"
        "About 100 of them have been killed, the agency noted."
    )
    last = figures(extractor, text)[-1]
    assert last.value == 100
    assert last.claimant is not None and last.claimant.name.lower() == "the yonhap agency"


def test_the_lawmaker_keeps_his_country(extractor: Extractor) -> None:
    text = (
        "North Korea could send more troops, a South Korean lawmaker said on Friday.\n"
        "Some 12,000 North Korean soldiers are fighting in Kursk, the lawmaker said."
    )
    q = figures(extractor, text)[-1]
    assert q.claimant is not None and "South Korea" in q.claimant.entities


def test_an_unnamed_source_stays_unnamed_without_an_antecedent(extractor: Extractor) -> None:
    q = figures(extractor, "About 300 troops arrived, the agency said.")[0]
    assert q.claimant == Claimant("the agency")


def test_a_named_sources_figure_is_its_claim(extractor: Extractor) -> None:
    q = figures(extractor, "The U.N. figure includes 12 children.")[0]
    assert (q.value, q.measure) == (12, "child")
    assert q.claimant is not None and q.claimant.entities == ("UN",)


def test_put_at_is_an_estimate_with_the_unit_first(extractor: Extractor) -> None:
    q = figures(extractor, "Seoul's spy agency put North Korean casualties at around 3,000.")[0]
    assert (q.value, q.measure, q.qualifier, q.actor) == (3000, "casualty", "around",
                                                           "North Korea")  # fmt: skip
    assert q.claimant is not None and "South Korea" in q.claimant.entities


def test_put_without_a_figure_is_no_claim(extractor: Extractor) -> None:
    q = figures(extractor, "Russia put pressure on Kyiv as 5,000 troops massed nearby.")[0]
    assert q.claimant is None


def test_a_follow_on_figure_continues_the_previous_source(extractor: Extractor) -> None:
    text = (
        "Germany agreed to buy four Patriot systems, the defence ministry said.\n"
        "Berlin will deliver three systems to Ukraine by the end of the year."
    )
    q = figures(extractor, text)[-1]
    assert q.value == 3
    assert q.claimant == Claimant("the defence ministry")


def test_the_source_does_not_carry_past_one_sentence(extractor: Extractor) -> None:
    text = (
        "Ukraine said 3,000 troops arrived.\nThe weather was cold.\n"
        "Another 2,000 troops came later."
    )
    assert figures(extractor, text)[-1].claimant is None


def test_an_armys_size_is_not_a_sources_claim(extractor: Extractor) -> None:
    text = "Ukraine said 3,000 troops arrived.\nNorth Korea has 1.2 million troops."
    q = figures(extractor, text)[-1]
    assert q.whole_force and q.claimant is None


def test_a_denial_in_the_next_sentence_claims_an_unattributed_figure(
    extractor: Extractor,
) -> None:
    text = "North Korea has sent 10,000 troops to Russia.\nPyongyang has denied this."
    q = figures(extractor, text)[0]
    assert q.claimant == Claimant("Pyongyang", ("North Korea",), denied=True)


def test_a_later_denial_leaves_an_asserted_figure_to_its_source(extractor: Extractor) -> None:
    text = "Ukraine said North Korea has sent 10,000 troops.\nPyongyang has denied this."
    q = figures(extractor, text)[0]
    assert q.claimant == Claimant("Ukraine", ("Ukraine",))


def test_the_agency_is_the_intelligence_service_named_before(extractor: Extractor) -> None:
    text = (
        "Germany's Federal Intelligence Service said Russia had moved 2,000 troops to Belarus.\n"
        "The agency estimated that 300 more had arrived since."
    )
    last = figures(extractor, text)[-1]
    assert last.value == 300
    assert last.claimant is not None and "Germany" in last.claimant.entities


def test_the_agency_does_not_take_a_ministrys_claim(extractor: Extractor) -> None:
    text = (
        "Poland's defence ministry said Russia had moved 2,000 troops to Belarus.\n"
        "The agency estimated that 300 more had arrived since."
    )
    last = figures(extractor, text)[-1]
    assert last.claimant is not None and last.claimant.entities == ()


def test_a_post_named_again_is_the_person_named_before(extractor: Extractor) -> None:
    text = (
        "The head of Israel's military intelligence directorate said 2,000 Iranian soldiers "
        "were in Syria.\n"
        "Speaking in Haifa, the intelligence chief said Iran had sent 500 drones.\n"
        "He also said roughly 300 Iranian soldiers had been killed."
    )
    found = figures(extractor, text)
    assert [q.value for q in found] == [2000, 500, 300]
    for q in found:
        assert q.claimant is not None and "Israel" in q.claimant.entities


def test_a_post_with_another_narrowing_word_stays_unnamed(extractor: Extractor) -> None:
    text = (
        "The head of Israel's military intelligence directorate said 2,000 Iranian soldiers "
        "were in Syria.\n"
        "The army chief said Iran had sent 500 drones."
    )
    last = figures(extractor, text)[-1]
    assert last.claimant is not None and last.claimant.entities == ()


def test_a_relative_clause_estimate_counts_its_antecedent(extractor: Extractor) -> None:
    text = (
        "The ministry did not comment on the dispatch of Iranian soldiers to Syria, which "
        "Israeli intelligence puts at more than 6,000."
    )
    (q,) = figures(extractor, text)
    assert (q.value, q.measure, q.actor, q.qualifier) == (6000, "troop", "Iran", "more than")
    assert q.claimant is not None and "Israel" in q.claimant.entities


def test_the_attacked_side_is_not_whose_drones_they_are(extractor: Extractor) -> None:
    text = "Russian forces attacked Ukraine overnight with 60 drones, the air force said."
    [q] = figures(extractor, text)
    assert q.actor == "Russia"


def test_put_the_figure_higher_makes_the_person_a_source(extractor: Extractor) -> None:
    # Without the comparative reading, "she" falls back to the last named source (Seoul).
    text = (
        "Seoul's spy agency said 3,000 Russian troops were in Belarus.\n"
        "Polish Defence Minister Anna Nowak, in a radio interview, put the figure higher.\n"
        "Some 5,000 Russian troops were there, she said."
    )
    q = figures(extractor, text)[-1]
    assert q.value == 5000
    assert q.claimant is not None and q.claimant.name.endswith("Anna Nowak")


def test_a_figure_after_saying_is_the_deniers_own(extractor: Extractor) -> None:
    found = figures(
        extractor,
        "Kenya's army rejected the claim that 50,000 Ugandan troops had crossed the border, "
        "saying about 6,000 Ugandan soldiers had been deployed in total.",
    )
    assert [(q.value, q.claimant.denied if q.claimant else None) for q in found] == [
        (50000, True),
        (6000, False),
    ]


def test_a_short_name_is_the_longer_name_told_before(extractor: Extractor) -> None:
    found = figures(
        extractor,
        "The General Staff of the Armed Forces of Ukraine said 1,000 Russian soldiers were "
        "killed. Russian forces also lost 12 tanks, the General Staff said.",
    )
    assert [(q.value, q.claimant.entities if q.claimant else ()) for q in found] == [
        (1000, ("Ukraine",)),
        (12, ("Ukraine",)),
    ]


def test_a_source_told_after_the_fact_is_relayed_by_according_to(extractor: Extractor) -> None:
    text = (
        "Belarus has moved about 4,000 soldiers to the border, the defence ministry told "
        "parliament on Tuesday, according to Lloyd Austin."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Lloyd Austin" in q.claimant.entities


def test_a_source_inside_a_speakers_account_is_the_speakers(extractor: Extractor) -> None:
    text = (
        "Mark Rutte said the allies had been briefed by a Polish delegation, which told them "
        "Minsk now had about 4,000 soldiers at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Mark Rutte" in q.claimant.entities


def test_the_maker_a_contract_buys_from_is_not_the_buyer(extractor: Extractor) -> None:
    text = "Oslo signed a contract worth $600 million for 24 tanks from Germany's KNDS."
    assert all(q.actor != "Germany" for q in figures(extractor, text))
