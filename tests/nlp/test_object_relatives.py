""""X has suspended the accord it signed with Y last month": the relative clause's date dates
the signing, not the suspension, which stays the news."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _suspension(extractor: Extractor, text: str) -> Modality:
    (event,) = [e for e in extractor.extract(text).events if e.stage is Stage.SUSPENDED]
    return event.modality


def test_a_date_inside_the_objects_relative_clause_dates_the_signing(
    extractor: Extractor,
) -> None:
    text = (
        "Norway has suspended the fisheries accord it signed with Iceland in Reykjavik last "
        "month, the foreign minister announced on Tuesday."
    )
    assert _suspension(extractor, text) is Modality.REPORTED


def test_a_date_of_the_suspension_itself_still_makes_it_history(extractor: Extractor) -> None:
    text = (
        "Norway suspended the fisheries accord with Iceland last month, the foreign minister "
        "recalled on Tuesday."
    )
    assert _suspension(extractor, text) is Modality.BACKGROUND
