"""A source-by-source list line: the label before the colon is whose estimate it is."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> list[Quantity]:
    return list(extractor.extract(text).quantities)


def test_a_labelled_source_owns_the_line_not_its_people(extractor: Extractor) -> None:
    text = (
        "Nobody agrees on the toll. The estimates:\n"
        "- South Korea's NIS: about 7,000 casualties, around 2,000 of them dead, "
        "spokeswoman Jane Doe said on Friday.\n"
    )
    figures = {q.value: q for q in _figures(extractor, text)}
    for value in (7000, 2000):
        q = figures[value]
        assert q.actor != "South Korea"  # the agency is South Korea's, the dead are not
        assert q.claimant is not None and "NIS" in q.claimant.entities


def test_a_pronoun_speaker_on_the_line_speaks_for_its_label(extractor: Extractor) -> None:
    text = (
        "The estimates:\n"
        "- The Pentagon: about 7,000 casualties, spokeswoman Jane Doe said.\n"
        "- Zelensky: \"several thousand\" Belarusians killed and wounded, he said on Monday.\n"
    )
    vague = [q for q in _figures(extractor, text) if q.value is None]
    assert vague and vague[0].claimant is not None
    assert "Volodymyr Zelensky" in vague[0].claimant.entities


def test_a_country_label_and_an_acting_body_are_left_alone(extractor: Extractor) -> None:
    text = (
        "The armies compared:\n"
        "- Poland: about 200,000 troops.\n"
        "- State Duma: approved on May 3, by 390 votes to two.\n"
    )
    figures = {q.value: q for q in _figures(extractor, text)}
    assert figures[200000].actor == "Poland"
    assert figures[390].claimant is None or "State Duma" not in figures[390].claimant.name


def test_a_relay_named_on_the_line_keeps_its_figure(extractor: Extractor) -> None:
    text = (
        "The estimates:\n"
        "- National Intelligence Service: some 2,000, including about 200 dead, according to "
        "lawmaker Kim Min-su, who was briefed by the agency.\n"
    )
    figures = {q.value: q for q in _figures(extractor, text)}
    q = figures[200]
    assert q.claimant is not None and "Kim Min-su" in q.claimant.name
