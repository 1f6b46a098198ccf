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


def test_a_quoted_three_word_verdict_still_fronts_the_object(extractor: Extractor) -> None:
    text = (
        'Minsk dismissed as "an utter lie" Lithuanian estimates that about 2,000 '
        "Belarusian soldiers were massed at the border."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert q.claimant is not None and q.claimant.denied
    assert "Belarus" in q.claimant.entities


def test_a_long_as_phrase_is_no_fronted_verdict(extractor: Extractor) -> None:
    # Near miss: five words after "as" are more than a fronted verdict; the estimate stays
    # the one its owner made.
    text = (
        'Minsk dismissed as "a lie and an insult" Lithuanian estimates that about 2,000 '
        "Belarusian soldiers were massed at the border."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert q.claimant is not None and not q.claimant.denied
