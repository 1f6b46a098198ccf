"""A fact-check's verdict on the claim it tells first (`bot.nlp.fact_check_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor

PAGE = (
    "Did Iran send troops to Belarus?\n"
    "By Agency Fact Check\n"
    "March 3, 2026\n"
    "The claim\n"
    "A video shared on TikTok says Iran has sent 40,000 soldiers to Belarus.\n"
    "Our verdict\n"
    "{rating} The Belarusian defence ministry said this week that about 200 Iranian "
    "instructors were in the country.\n"
)


def _claims(extractor: Extractor, rating: str) -> list[tuple[float | None, str | None, bool]]:
    facts = extractor.extract(PAGE.format(rating=rating))
    return [
        (q.value, q.claimant.name if q.claimant else None, bool(q.claimant and q.claimant.denied))
        for q in facts.quantities
    ]


def test_an_untrue_verdict_denies_the_claim_told_before_it(extractor: Extractor) -> None:
    found = _claims(extractor, "False.")
    assert found[0] == (40000, "Agency Fact Check", True)
    assert found[1][0] == 200 and not found[1][2]  # the checked fact after the verdict


def test_a_rating_after_a_colon_counts_too(extractor: Extractor) -> None:
    text = PAGE.format(rating="").replace("Our verdict\n", "Rating: Mostly false\n")
    found = extractor.extract(text).quantities
    assert found[0].claimant is not None and found[0].claimant.denied


def test_a_true_verdict_denies_nothing(extractor: Extractor) -> None:
    assert not any(denied for _, _, denied in _claims(extractor, "True."))


def test_a_court_verdict_is_no_rating(extractor: Extractor) -> None:
    text = (
        "Prosecutors said the gang smuggled 3,000 rifles into Poland.\n"
        "The verdict\n"
        "Guilty on all counts, the judge ruled on Friday.\n"
    )
    found = extractor.extract(text).quantities
    assert found and not any(q.claimant and q.claimant.denied for q in found)
