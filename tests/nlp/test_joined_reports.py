"""A subjectless reporting verb after "but"/"and" shares the sentence's opening subject
(`bot.nlp.joined_reports`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = "Kyiv's military intelligence said dozens of soldiers had been hurt. "


def test_but_said_takes_the_subject_of_the_first_verb(extractor: Extractor) -> None:
    text = _BEFORE + (
        "The Pentagon refused to discuss the raid but said about 9,000 North Korean troops "
        "were still in the region."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 9000)
    assert q.claimant is not None and "Pentagon" in q.claimant.entities


def test_a_clause_between_leaves_the_verb_alone(extractor: Extractor) -> None:
    text = _BEFORE + (
        "The Pentagon refused to discuss the raid that Kyiv launched but said about 9,000 "
        "North Korean troops were still in the region."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 9000)
    assert q.claimant is None or "Pentagon" not in q.claimant.entities
