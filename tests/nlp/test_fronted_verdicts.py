"""A verdict fronted before the denied object ("rejected as baseless X's claims that N"):
the subject denies the figure; X does not vouch for it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_fronted_verdict_makes_the_subject_deny_the_claim(extractor: Extractor) -> None:
    text = (
        "The Foreign Ministry in Minsk rejected as baseless Vilnius's claims that 3,000 "
        "Belarusian troops had massed at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.name == "Minsk"
    assert q.claimant.denied


def test_a_fronted_verdict_in_quotes_is_read_the_same(extractor: Extractor) -> None:
    text = (
        'The Foreign Ministry in Minsk dismissed as "pure invention" Vilnius\'s claims that '
        "3,000 Belarusian troops had massed at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.denied


def test_a_fronted_complement_of_another_verb_leaves_the_claim_its_owners(
    extractor: Extractor,
) -> None:
    text = (
        "The Foreign Ministry in Minsk welcomed as accurate Vilnius's claims that 3,000 "
        "Belarusian troops had massed at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert q.claimant.name == "Vilnius"
    assert not q.claimant.denied
