"""A soldiers' toll that names no side takes the side just counted
(`bot.nlp.unowned_tolls`)."""

from __future__ import annotations

from bot.nlp import Extractor

_SENT = (
    "MINSK, Jan 2 (Wire) - About 7,000 Belarusian soldiers have been sent to the front, the "
    "ministry said.\n"
)


def test_a_toll_after_one_sides_soldiers_is_that_sides(extractor: Extractor) -> None:
    text = _SENT + "In March the monitoring group counted about 450 dead."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 450)
    assert (toll.measure, toll.actor) == ("casualty", "Belarus")


def test_people_killed_in_a_strike_take_no_army_side(extractor: Extractor) -> None:
    text = _SENT + "In March a strike on a market killed about 45 people."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 45)
    assert toll.actor is None


def test_a_toll_whose_sentence_names_another_state_stays_ownerless(
    extractor: Extractor,
) -> None:
    text = _SENT + "In March the Ukrainian monitoring group counted about 450 dead."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 450)
    assert toll.actor != "Belarus"


def test_a_bare_toll_after_a_strikes_victims_counts_those_victims(extractor: Extractor) -> None:
    text = _SENT + "In Gomel, two people were killed and nine were injured, the mayor said."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 9)
    assert toll.actor is None


def test_a_bare_toll_after_soldiers_killed_stays_their_sides(extractor: Extractor) -> None:
    text = _SENT + "In March, 20 soldiers were killed and nine were injured, the group said."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 9)
    assert toll.actor == "Belarus"


_TOLD = (
    "Estimates of the toll differ. In its latest briefing the NIS said about 600 Belarusian "
    "soldiers had died. "
)


def test_a_state_that_only_tells_the_toll_is_no_side(extractor: Extractor) -> None:
    # "Minsk says total losses": the teller of the losses just counted, not their side.
    text = _TOLD + "Vilnius says total losses are more than 900."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 900)
    assert (toll.measure, toll.actor) == ("casualty", "Belarus")


def test_a_teller_counting_its_own_losses_stays_a_side(extractor: Extractor) -> None:
    text = _TOLD + "Warsaw says its own losses are more than 90."
    toll = next(q for q in extractor.extract(text).quantities if q.value == 90)
    assert toll.actor is None
