""""has N personnel on active duty" is an army's whole size; "N troops on the border" is a
deployment."""

from __future__ import annotations

from bot.nlp import Extractor


def test_on_active_duty_is_the_whole_force(extractor: Extractor) -> None:
    (q,) = extractor.extract("Iran has about 610,000 personnel on active duty.").quantities
    assert q.whole_force


def test_on_the_border_stays_a_deployment(extractor: Extractor) -> None:
    (q,) = extractor.extract("Iran has about 5,000 troops on the border.").quantities
    assert not q.whole_force
