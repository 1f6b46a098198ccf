"""Calibres written on a weapon are no figures (`bot.nlp.calibres`)."""

from __future__ import annotations

from bot.nlp import Extractor


def values(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_count_before_a_calibre(extractor: Extractor) -> None:
    text = "The army received around 120 155mm howitzers and 60 120mm mortars from France."
    assert values(extractor, text) == [(120, "howitzer"), (60, "mortar")]


def test_a_list_of_bores_names_ammunition(extractor: Extractor) -> None:
    text = "Pakistan bought 40,000 shells of 105mm and 155mm ammunition, officials said."
    assert values(extractor, text) == [(40000, "shell")]


def test_an_amount_in_millimetres_stays(extractor: Extractor) -> None:
    assert values(extractor, "The storm dumped 250mm of rain on the town.") == [
        (250, "millimetre")
    ]


def test_a_lone_calibre_on_a_gun_or_its_shells(extractor: Extractor) -> None:
    text = "The aid includes 105mm artillery shells and 122mm multiple rocket launchers."
    assert values(extractor, text) == []


def test_a_lone_millimetre_of_something_else_stays(extractor: Extractor) -> None:
    assert values(extractor, "The storm left 80mm of rain in a day.") == [(80, "millimetre")]


def test_spaced_bores_in_a_list_are_no_figures(extractor: Extractor) -> None:
    text = "The depot held 40,000 rounds of 155 mm and 105 mm artillery ammunition."
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in quantities] == [(40000, "round")]


def test_a_spaced_bore_after_a_count_is_skipped(extractor: Extractor) -> None:
    quantities = extractor.extract("Spain ordered 36 155 mm howitzers.").quantities
    assert [(q.value, q.measure) for q in quantities] == [(36, "howitzer")]


def test_spaced_millimetres_of_rain_stay_a_figure(extractor: Extractor) -> None:
    quantities = extractor.extract("Rainfall reached 62 mm in Valencia.").quantities
    assert [(q.value, q.measure) for q in quantities] == [(62, "millimetre")]
