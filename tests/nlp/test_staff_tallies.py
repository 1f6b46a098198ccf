"""A bare General Staff counting one side's losses speaks for the other side
(`bot.nlp.staff_tallies`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_bare_general_staff_counting_russian_losses_is_ukraine_s(
    extractor: Extractor,
) -> None:
    text = "According to the General Staff, Russian losses on Tuesday amounted to 980 troops."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"
    assert q.claimant is not None and q.claimant.entities == ("Ukraine",)


def test_the_same_body_s_other_figures_speak_for_that_state_too(extractor: Extractor) -> None:
    text = (
        "According to the General Staff, Russian losses on Tuesday amounted to 980 troops "
        "and 12 tanks."
    )
    tanks = next(q for q in extractor.extract(text).quantities if q.value == 12)
    assert tanks.claimant is not None and tanks.claimant.entities == ("Ukraine",)


def test_a_bare_general_staff_in_an_unknown_war_keeps_no_state(extractor: Extractor) -> None:
    text = "According to the General Staff, Sudanese losses on Tuesday amounted to 980 troops."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.entities == ()


def test_a_bare_ministry_of_defence_keeps_no_state(extractor: Extractor) -> None:
    text = "According to the Ministry of Defence, Russia is losing about 1,500 men a day."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or "Ukraine" not in q.claimant.entities
