"""A long retold question between a speaker and the verb that denies the figure
(`bot.nlp.question_asides`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_speaker_before_a_long_question_aside_denies_the_figure(
    extractor: Extractor,
) -> None:
    text = (
        "Defence minister Anna Novak, asked by reporters on Friday about claims in foreign "
        "newspapers that 8,000 soldiers of Belarus were massing near the northern border, "
        'called them "a fabrication".'
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.denied
    assert "Anna Novak" in q.claimant.name


def test_when_asked_opens_the_aside_too(extractor: Extractor) -> None:
    text = (
        "Foreign minister Pavel Gruber, when asked by the press about a report that 3,000 "
        "mercenaries from abroad were now fighting in the eastern provinces of the country, "
        "dismissed it as a fabrication."
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and "Pavel Gruber" in q.claimant.name


def test_a_question_without_a_speaker_comma_names_no_one(extractor: Extractor) -> None:
    text = (
        "Asked about reports that 8,000 soldiers of Belarus were massing near the border, "
        "officials declined to comment."
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is None or not q.claimant.denied
