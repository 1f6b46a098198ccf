""""<name>'s statement (on <day>) that N ...": the statement's owner is the source."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_possessive_statement_names_its_owner(extractor: Extractor) -> None:
    text = (
        "Pressed on Poland's statement on Tuesday that 2,400 Belarusian troops had massed at "
        "the border, the spokesman said he would not comment."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.entities[:1] == ("Poland",)
    assert not q.claimant.denied


def test_a_dismissed_claim_stays_the_dismissers_denial(extractor: Extractor) -> None:
    text = (
        "Minsk on Wednesday dismissed Poland's claim that 2,400 Belarusian troops had massed "
        "at the border."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and q.claimant.denied


def test_a_statement_without_a_that_clause_names_no_one(extractor: Extractor) -> None:
    text = "Reporters asked about Poland's statements of that kind, and 2,400 troops were moved."
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is None
