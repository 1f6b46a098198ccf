"""A reported "it" is the state reporting, even after an opening clause of someone else's
(`bot.nlp.reporter_states`); a fishing pact's other party is the state whose boats it lets
in (`bot.nlp.covered_nationals`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[str, set[str]]]:
    return [(e.stage.value, set(e.parties)) for e in extractor.extract(text).events]


def test_a_reported_it_after_another_opening_clause_is_the_reporter(
    extractor: Extractor,
) -> None:
    text = (
        "Crab processors in Kirkenes fear job losses after Norway announced on Tuesday that "
        "it was withdrawing from a 1976 agreement that let Russian trawlers fish in the "
        "Barents Sea."
    )
    assert _steps(extractor, text) == [("withdrawn", {"Norway", "Russia"})]


def test_a_pact_letting_goods_in_names_no_new_party(extractor: Extractor) -> None:
    # Near miss: the demonym describes goods the pact lets in, not a fleet or people.
    text = (
        "Crab processors in Kirkenes fear job losses after Norway announced on Tuesday that "
        "it was withdrawing from a 1976 agreement that let Russian timber cross the border."
    )
    assert _steps(extractor, text) == [("withdrawn", {"Norway"})]


def test_a_reported_it_of_the_opening_subject_is_unchanged(extractor: Extractor) -> None:
    # Near miss: the reporter opens the sentence, as before; timber is no fleet.
    text = (
        "Finland announced on Tuesday that it was withdrawing from a 1976 agreement that let "
        "Russian timber cross the border."
    )
    assert _steps(extractor, text) == [("withdrawn", {"Finland"})]
