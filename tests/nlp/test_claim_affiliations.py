"""A spokesperson set off after their name speaks for the body the appositive names."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_spokesperson_before_the_verb_speaks_for_the_agency(extractor: Extractor) -> None:
    text = (
        "Oksana Hrebin, a spokeswoman for Ukraine's military intelligence (HUR), said about "
        "9,000 Belarusian troops had massed near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Oksana Hrebin"
    assert {"GUR", "Ukraine"} <= set(q.claimant.entities)


def test_an_inverted_spokesperson_and_a_later_mention_by_surname(extractor: Extractor) -> None:
    text = (
        "Some 9,000 Belarusian troops have massed near the border, said Oksana Hrebin, a "
        "spokeswoman for the HUR. According to Hrebin, about 400 of them are special forces."
    )
    first, second = extractor.extract(text).quantities
    for q in (first, second):
        assert q.claimant is not None and "GUR" in q.claimant.entities


def test_a_lawmaker_named_with_a_body_keeps_only_their_name(extractor: Extractor) -> None:
    text = (
        "About 9,000 Belarusian troops have massed near the border, said Marek Novak, a "
        "member of Poland's parliamentary defence committee."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ()
