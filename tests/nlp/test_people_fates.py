"""What befalls "them" picks people over things (`bot.nlp.people_fates`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _facts(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_people_sent_are_not_the_reports_named_last(extractor: Extractor) -> None:
    text = (
        "Belarusian soldiers are absent from the army's reports, though Kyiv says about "
        "7,000 of them were deployed to Kursk."
    )
    assert _facts(extractor, text) == [(7000, "troop", "Belarus")]


def test_without_a_fate_the_nearest_noun_stays(extractor: Extractor) -> None:
    text = (
        "Belarusian soldiers are absent from the army's reports, though Kyiv says about "
        "70 of them were published."
    )
    assert [f[1] for f in _facts(extractor, text)] != ["troop"]
