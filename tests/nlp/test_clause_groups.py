"""A bare number whose soldiers an earlier clause of its own sentence named."""

from __future__ import annotations

from bot.nlp import Extractor


def _troops(extractor: Extractor, text: str) -> set[tuple[float | None, str | None]]:
    return {(q.value, q.actor) for q in extractor.extract(text).quantities
            if q.measure == "troop"}  # fmt: skip


def test_a_bare_count_after_a_clause_naming_the_soldiers(extractor: Extractor) -> None:
    text = ("Officials in Vilnius said Belarusian soldiers had crossed into Russia, and the "
            "ministry said about 2,500 had arrived near Bryansk by Friday.")  # fmt: skip
    assert (2500, "Belarus") in _troops(extractor, text)


def test_a_bare_count_after_a_clause_naming_tourists_is_no_troop_count(
    extractor: Extractor,
) -> None:
    # near miss: the earlier clause names people who are no soldiers
    text = "Tourists filled the harbour, and the port said about 2,500 had arrived by Friday."
    assert not _troops(extractor, text)


def test_a_counted_group_in_the_earlier_clause_lends_nothing_here(
    extractor: Extractor,
) -> None:
    # near miss: "900 Belarusian soldiers" is a count of its own, carried by other rules
    text = ("Minsk sent 900 Belarusian soldiers to the border, and Kyiv said about 2,500 had "
            "arrived near Bryansk.")  # fmt: skip
    assert _troops(extractor, text) == {(900, "Belarus"), (2500, "Belarus")}
