"""An agreement with a firm called by its short name is business (`bot.nlp.short_firm_names`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_agreement_with_a_firm_named_in_full_before_is_no_treaty(
    extractor: Extractor,
) -> None:
    text = (
        "Romania ordered 54 rocket launchers from Germany's Rheinmetall Defence on Monday. "
        "Bucharest has also signed agreements with Rheinmetall on local production of shells "
        "in Germany."
    )
    assert extractor.extract(text).events == ()


def test_an_agreement_with_a_state_is_still_a_treaty(extractor: Extractor) -> None:
    text = (
        "Romania ordered 54 rocket launchers from Germany's Rheinmetall Defence on Monday. "
        "Romania has also signed an agreement with Germany on the joint production of shells."
    )
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Romania", "Germany"}
