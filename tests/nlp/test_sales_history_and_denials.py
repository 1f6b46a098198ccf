"""A deal named by its goods, a "when" clause after a date, a treaty's legal basis and a
denial verb after an aside: what a reader takes for a sale, history, description, denial."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Romania signs second howitzer deal with South Korea\nThe order was confirmed on Monday.",
        "The minister said the accord between Chile and Peru was concluded in full accordance "
        "with international law.",
    ],
)
def test_a_goods_deal_or_a_legal_basis_is_no_signing(extractor: Extractor, text: str) -> None:
    assert [e.stage for e in extractor.extract(text).events] == []


def test_a_when_clause_after_a_date_is_dated_by_it(extractor: Extractor) -> None:
    text = ("The alliance was sealed in March, when the presidents of Chile and Peru signed a "
            "pact on border security.")  # fmt: skip
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_a_denial_verb_after_an_aside_denies(extractor: Extractor) -> None:
    text = ("A spokesman for the Iranian foreign ministry, in a statement on Monday, rejected as "
            "a fabrication the report that 3,000 troops had crossed the border.")  # fmt: skip
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_pronoun_after_a_phrase_speaks_for_the_last_named_subject(extractor: Extractor) -> None:
    text = ("Poland's defence minister has gone further. In an interview on Sunday he said "
            "about 2,000 Belarusian troops were near the border.")  # fmt: skip
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Poland" in q.claimant.entities


@pytest.mark.parametrize(
    "text",
    [
        'Officials in Kyiv said "about 900" Belarusians had been killed or wounded.',
        'The regiment has suffered "dozens" of casualties, officials in Kyiv said.',
    ],
)
def test_a_quoted_figure_still_counts(extractor: Extractor, text: str) -> None:
    assert [q.measure for q in extractor.extract(text).quantities] == ["casualty"]
