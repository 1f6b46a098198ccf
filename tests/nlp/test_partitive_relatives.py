"""", N of whom ...": a part of the noun before it, told by its own clause
(`bot.nlp.partitive_relatives`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_the_part_is_the_nouns_owner_and_its_clause_tense(extractor: Extractor) -> None:
    text = (
        "Officials said Minsk was likely to receive fuel from Moscow in return for Belarus's "
        "soldiers, about 6,000 of whom are in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor, q.modality) == (6000, "Belarus", Modality.REPORTED)


def test_the_relative_clause_may_plan_itself(extractor: Extractor) -> None:
    text = (
        "Officials said Moscow pays for Belarus's soldiers, about 6,000 of whom will be sent "
        "home in May."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (6000, Modality.PLANNED)
