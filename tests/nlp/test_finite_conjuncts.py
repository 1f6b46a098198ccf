"""A figure after "and has <verb>" is not planned by a plan word before the "and"
(`bot.nlp.finite_conjuncts`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == value]
    return q.modality


def test_finite_verb_phrase_after_and_is_done(extractor: Extractor) -> None:
    text = (
        "Belarus is planning to expand its border guard and has hired about 4,000 "
        "contractors for new checkpoints, the interior ministry said."
    )
    assert _modality(extractor, text, 4000) == Modality.REPORTED


def test_bare_infinitive_after_and_stays_planned(extractor: Extractor) -> None:
    # Near miss: "and hire" still hangs on "planning to".
    text = (
        "Belarus is planning to expand its border guard and hire about 4,000 "
        "contractors for new checkpoints, the interior ministry said."
    )
    assert _modality(extractor, text, 4000) == Modality.PLANNED
