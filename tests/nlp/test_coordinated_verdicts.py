"""A quoted verdict closes its branding predicate before "and <verb>ed"
(`bot.nlp.coordinated_verdicts`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign ministry spokeswoman Maria Zakharova on Tuesday called Western media "
            "reports that some 8,000 Belarusian soldiers had been moved to the Ukrainian border "
            'in recent weeks "lies" and refused to answer further questions.',
            "Maria Zakharova",
        ),
        (
            "Defence Minister Viktor Khrenin on Friday branded claims that about 2,500 Russian "
            'troops had been stationed near the Polish border since the summer "pure fiction", '
            "and said the exercises were over.",
            "Viktor Khrenin",
        ),
    ],
)
def test_a_verdict_before_a_second_predicate_denies_the_figure(
    extractor: Extractor, text: str, speaker: str
) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied and speaker in q.claimant.name


def test_a_quoted_word_that_is_no_verdict_denies_nothing(extractor: Extractor) -> None:
    # Near miss: the same shape with a word that calls nothing untrue.
    text = (
        "Defence Minister Viktor Khrenin on Friday called reports that about 2,500 Russian "
        'troops had been stationed near the Polish border since the summer "worrying" and '
        "refused to answer further questions."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
