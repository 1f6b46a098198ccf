"""Who a document, an appositive or a quoted remark speaks for."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_statement_attributed_to_a_ministry_spokesperson_is_the_ministry_s(
    extractor: Extractor,
) -> None:
    text = (
        '"Talk of 5,000 Iranian advisers in Syria is an utter fabrication," said the statement, '
        "attributed to a spokesperson for Iran's foreign ministry."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert "Iran" in q.claimant.entities
    assert q.claimant.denied


def test_its_latest_report_speaks_for_the_body_named_before(extractor: Extractor) -> None:
    text = (
        "Britain's Ministry of Defence has tracked the buildup closely. Its latest update put the "
        "number of Russian troops near Kharkiv at about 50,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert "United Kingdom" in q.claimant.entities


def test_an_appositive_source_before_estimates_that(extractor: Extractor) -> None:
    text = (
        "Ukraine's military intelligence, the HUR, estimates that 600 Russian soldiers "
        "are stationed in Transnistria."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert "GUR" in q.claimant.entities


def test_a_quoted_remark_does_not_carry_its_speaker_to_the_next_line(
    extractor: Extractor,
) -> None:
    text = (
        '"We are proud of this order," Finance Minister Jan Kowalski said.\n'
        "Warsaw took delivery of 48 Apache helicopters last year."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_a_comment_on_the_move_is_no_claim_of_the_step(extractor: Extractor) -> None:
    text = (
        "Belarus's parliament voted on Friday to suspend the arms control treaty, a step "
        "analysts say was aimed at Poland."
    )
    (event,) = extractor.extract(text).events
    assert event.claimant is None
    assert event.parties == ("Belarus",)


def test_a_name_before_a_relative_aside_estimates(extractor: Extractor) -> None:
    text = (
        "Estonia's foreign intelligence service, which publishes a yearly review, estimates "
        "Russian losses at about 40,000."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (40000, "casualty")
    assert q.claimant is not None
    assert "Estonia" in q.claimant.entities


def test_a_bracketed_abbreviation_names_the_speaking_body(extractor: Extractor) -> None:
    text = "Russia moved 2,000 troops to Belarus, Ukraine's defence intelligence (HUR) said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert "GUR" in q.claimant.entities


def test_the_agency_after_a_source_known_by_its_abbreviation(extractor: Extractor) -> None:
    text = (
        "The HUR said 7,000 Russian troops were in Belarus. About 1,200 of them are "
        "conscripts, the agency said."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.claimant is not None
    assert "GUR" in last.claimant.entities
