"""Treaty steps told by leaving, by an ordinal's infinitive, or with a condition after them."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_leaving_a_convention_is_a_withdrawal(extractor: Extractor) -> None:
    text = "Estonia on Monday formally left the Convention on Cluster Munitions."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.parties, event.modality) == (
        Stage.WITHDRAWN, ("Estonia",), Modality.REPORTED
    )


def test_leaving_a_country_is_no_step(extractor: Extractor) -> None:
    text = "The envoy left the country after the treaty talks collapsed."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]


def test_supporting_leaving_a_treaty_is_no_step(extractor: Extractor) -> None:
    text = "A poll found that 61% of Estonians supported leaving the treaty."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]


def test_an_ordinals_infinitive_retells_the_step_beside_it(extractor: Extractor) -> None:
    text = (
        "Estonia on Monday formally left the Convention on Cluster Munitions, becoming the "
        "second state to withdraw from the treaty."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.WITHDRAWN, Modality.REPORTED)]


def test_an_ordinals_infinitive_alone_is_a_done_step(extractor: Extractor) -> None:
    text = "Latvia became the first state to ratify the pact with Ukraine."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.RATIFIED, Modality.REPORTED)


def test_taking_effect_once_papers_are_exchanged_is_planned(extractor: Extractor) -> None:
    text = (
        "The decree was published on Friday, and the treaty between Iran and Russia takes "
        "effect once instruments of ratification are exchanged."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.PLANNED)


def test_taking_effect_on_a_day_stays_news(extractor: Extractor) -> None:
    text = "The treaty between Iran and Russia takes effect on Friday."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.REPORTED)


def test_a_future_step_beside_a_pending_one_is_planned(extractor: Extractor) -> None:
    text = (
        "Iran has yet to ratify the pact with Russia, which will enter into force once both "
        "sides exchange notes."
    )
    events = {e.stage: e.modality for e in extractor.extract(text).events}
    assert events[Stage.IN_FORCE] is Modality.PLANNED


def test_taking_effect_a_delay_after_a_condition_is_planned(extractor: Extractor) -> None:
    text = (
        "The treaty between Chile and Peru takes effect 60 days after both sides notify "
        "each other that ratification is complete."
    )
    events = {e.stage: e.modality for e in extractor.extract(text).events}
    assert events[Stage.IN_FORCE] is Modality.PLANNED


def test_taking_effect_a_delay_before_a_day_stays_news(extractor: Extractor) -> None:
    text = "The treaty between Chile and Peru takes effect on Friday, 60 days after signing."
    events = {e.stage: e.modality for e in extractor.extract(text).events}
    assert events[Stage.IN_FORCE] is Modality.REPORTED


def test_taking_effect_only_when_a_condition_is_met_is_planned(extractor: Extractor) -> None:
    text = "The Chile-Peru fisheries accord takes effect only when both navies sign the annex."
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert event.modality is Modality.PLANNED


def test_having_taken_effect_only_when_a_condition_was_met_is_no_plan(
    extractor: Extractor,
) -> None:
    text = "The Chile-Peru fisheries accord took effect only when both navies signed the annex."
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert event.modality is not Modality.PLANNED


def test_a_ceasefire_that_takes_effect_at_midnight_is_planned(extractor: Extractor) -> None:
    text = "The accord between Armenia and Azerbaijan takes effect at midnight, the envoy said."
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.IN_FORCE, Modality.PLANNED)]


def test_an_accord_that_took_effect_at_midnight_is_news(extractor: Extractor) -> None:
    text = "The accord between Armenia and Azerbaijan took effect at midnight, the envoy said."
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.IN_FORCE, Modality.REPORTED)]
