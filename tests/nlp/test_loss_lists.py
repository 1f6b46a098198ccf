"""An enemy loss bulletin's unbulleted lines, a rounded total among them
(`bot.nlp.loss_lists`, `bot.nlp.dash_tallies`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BULLETIN = (
    "Separately, the General Staff of the Armed Forces of Ukraine reported the overall "
    "combat losses of the enemy since the invasion began:\n"
    "personnel – about 905,300 (+1,210)\n"
    "tanks – 10,020 (+6)\n"
    "artillery systems – 24,110 (+31)\n"
    "Fighting was heaviest near Pokrovsk.\n"
)


def test_a_rounded_personnel_line_counts_the_enemys_casualties(extractor: Extractor) -> None:
    found = extractor.extract(_BULLETIN).quantities
    people = [(q.value, q.measure, q.qualifier, q.actor) for q in found if q.unit != "tank"]
    assert (905300, "casualty", "about", "Russia") in people
    assert (1210, "casualty", None, "Russia") in people


def test_the_lines_below_keep_the_teller_and_the_side(extractor: Extractor) -> None:
    found = extractor.extract(_BULLETIN).quantities
    tanks = [q for q in found if q.measure == "tank"]
    assert [q.value for q in tanks] == [10020, 6]
    assert all(q.actor == "Russia" for q in tanks)
    assert all(q.claimant is not None and "Ukraine" in q.claimant.entities for q in tanks)


def test_a_personnel_line_of_a_deployment_stays_troops(extractor: Extractor) -> None:
    text = (
        "The ministry listed the forces it had moved to the border region this spring:\n"
        "personnel – about 4,200\n"
        "tanks – 120\n"
        "artillery systems – 90\n"
    )
    found = extractor.extract(text).quantities
    assert all(q.measure != "casualty" for q in found)
