"""A loss bulletin's "• label – total (+change)" lines (`bot.nlp.dash_tallies`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BULLETIN = (
    "The total losses of the enemy amounted to 600,100 personnel, the General Staff of the "
    "Armed Forces of Ukraine said.\n"
    "According to the General Staff, Ukrainian forces have also destroyed:\n"
    "• tanks – 8,120 (+7)\n"
    "• helicopters – 331 (+1)\n"
    "The figures are being updated.\n"
)


def test_each_line_gives_the_total_and_the_change_of_the_enemys_losses(
    extractor: Extractor,
) -> None:
    found = extractor.extract(_BULLETIN).quantities
    lines = [(q.value, q.measure, q.actor) for q in found if q.measure != "casualty"]
    assert lines == [
        (8120, "tank", "Russia"), (7, "tank", "Russia"),
        (331, "helicopter", "Russia"), (1, "helicopter", "Russia"),
    ]  # fmt: skip
    assert all(
        q.claimant is not None and "Ukraine" in q.claimant.entities
        for q in found if q.measure != "casualty"
    )  # fmt: skip


def test_a_dash_inside_prose_is_no_label(extractor: Extractor) -> None:
    text = "The brigade lost its tanks – 40 (by one count) – in a week of fighting.\n"
    assert [q.value for q in extractor.extract(text).quantities if q.measure == "tank"] == []


def test_a_line_without_a_bullet_is_left_alone(extractor: Extractor) -> None:
    text = "Stock levels:\ntanks – 8,120 (+7)\n"
    assert [q.value for q in extractor.extract(text).quantities] == []


def test_a_lead_in_without_an_inflicting_verb_names_no_side(extractor: Extractor) -> None:
    text = (
        "According to the General Staff of the Armed Forces of Ukraine, the army now fields:\n"
        "• tanks – 1,200 (+3)\n"
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in found] == [
        (1200, "tank", None), (3, "tank", None)
    ]


_UNBULLETED = (
    "According to the General Staff, the Russian Federation has also lost:\n"
    "tanks – 9,100 (+6)\n"
    "drones – 30,250 (+88)\n"
    "cruise missiles – 3,010\n"
    "The figures are being updated.\n"
)


def test_an_unbulleted_list_under_a_lost_lead_in_is_the_losers(extractor: Extractor) -> None:
    found = extractor.extract(_UNBULLETED).quantities
    assert [(q.value, q.measure, q.actor) for q in found] == [
        (9100, "tank", "Russia"), (6, "tank", "Russia"),
        (30250, "drone", "Russia"), (88, "drone", "Russia"), (3010, "missile", "Russia"),
    ]  # fmt: skip


def test_a_lone_unbulleted_line_under_a_colon_is_left_alone(extractor: Extractor) -> None:
    text = "Stock levels in the depot:\nhelicopters – 40 (+2)\nThe count is kept weekly.\n"
    assert [q.value for q in extractor.extract(text).quantities] == []
