"""An estimate set against the one before, its count carried by "it" or "them"."""

from __future__ import annotations

from bot.nlp import Extractor


def test_puts_it_higher_restates_the_count_before(extractor: Extractor) -> None:
    text = (
        "Western officials estimated last month that about 1,900 Chadian soldiers had been "
        "killed in the offensive. Nigeria puts it higher, at more than 3,000."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 3000]
    assert (q.measure, q.actor) == ("casualty", "Chad")
    assert q.claimant is not None and "Nigeria" in q.claimant.entities


def test_without_the_comparison_the_pronoun_is_no_count(extractor: Extractor) -> None:
    text = (
        "Western officials estimated last month that about 1,900 Chadian soldiers had been "
        "killed in the offensive. Nigeria puts it at risk of 3,000 more."
    )
    facts = extractor.extract(text)
    assert all(q.actor != "Chad" or q.value != 3000 for q in facts.quantities)
