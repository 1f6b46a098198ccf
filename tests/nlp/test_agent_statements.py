""""<statement noun> by <source> that N": the source after "by" made the claim
(`bot.nlp.agent_statements`), unless the statement is the object of a denial."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_statement_by_a_capital_is_that_states_claim(extractor: Extractor) -> None:
    text = (
        "The Belarusian foreign ministry would not comment on remarks by Warsaw that 2,500 "
        "Belarusian soldiers had gathered near the frontier."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2500 and q.claimant is not None
    assert q.claimant.entities[:1] == ("Poland",) and not q.claimant.denied


def test_a_statement_by_a_named_body_is_its_claim(extractor: Extractor) -> None:
    text = (
        "Minsk has yet to respond to a statement by the Lithuanian defence ministry that "
        "2,500 Belarusian soldiers had gathered near the frontier."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.entities[:1] == ("Lithuania",)


def test_a_rejected_statement_by_a_source_stays_the_denial(extractor: Extractor) -> None:
    # Near miss: the statement is what the minister rejected, so the figure is his denial.
    text = (
        "Lukashenko on Friday rejected a statement by Warsaw that 2,500 Belarusian soldiers "
        "had gathered near the frontier."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.denied


def test_a_statement_by_a_source_without_a_clause_names_no_one(extractor: Extractor) -> None:
    # Near miss: no "that" clause follows, so the count is not what the source said.
    text = "After statements by Warsaw, 2,500 Belarusian soldiers gathered near the frontier."
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is None
