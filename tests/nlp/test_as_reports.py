"""An ", as" clause with its own source and reporting verb is a claim apart from the main
clause's intent (`bot.nlp.as_reports`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_an_as_clause_with_its_own_report_is_news(extractor: Extractor) -> None:
    text = (
        "Belarus's parliament voted on Tuesday to approve a border accord with Russia, "
        "as Lithuanian officials said 4,000 Russian soldiers were stationed near Grodno."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (4000, Modality.REPORTED)


def test_a_parenthetical_as_officials_said_keeps_the_plan(extractor: Extractor) -> None:
    text = "Belarus agreed to station, as officials said, 4,000 Russian soldiers near Grodno."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
