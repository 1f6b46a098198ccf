"""A figure in a present progressive clause of its own after ", and" is told now, not
planned by an order before the comma; a plan word in its own clause still makes it a plan."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_progressive_clause_after_order_is_reported(extractor: Extractor) -> None:
    text = (
        "Vladimir Putin has ordered the armed forces to grow to 1.5 million active troops, and "
        "recruiters are signing up about 30,000 recruits a month, British officials say."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 30000]
    assert q.modality is Modality.REPORTED and q.measure == "troop"


def test_progressive_clause_after_plan_is_reported(extractor: Extractor) -> None:
    text = "Moscow plans to expand the army, and Russian factories are producing 250 tanks a year."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 250]
    assert q.modality is Modality.REPORTED


def test_preparing_to_in_own_clause_stays_planned(extractor: Extractor) -> None:
    text = "Russia plans to expand the army, and recruiters are preparing to sign up 30,000 men."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 30000]
    assert q.modality is Modality.PLANNED


def test_no_subject_of_its_own_stays_planned(extractor: Extractor) -> None:
    text = "Russia will expand the army and is signing up about 30,000 recruits a month."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 30000]
    assert q.modality is Modality.PLANNED
