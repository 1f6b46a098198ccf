"""A source named on a line of its own over its figures (`bot.nlp.source_label_lines`)."""

from __future__ import annotations

from bot.nlp import Extractor

_TITLE = "Belarusian troops in Russia: the estimates\n"


def _claimant(extractor: Extractor, text: str, value: float) -> str | None:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == value]
    return None if q.claimant is None else q.claimant.name


def test_a_label_line_gives_the_figures_below_it_their_source(extractor: Extractor) -> None:
    text = _TITLE + "The CIA:\nAbout 2,000 Belarusian soldiers since March.\n"
    assert _claimant(extractor, text, 2000) == "The CIA"


def test_an_it_under_a_label_line_is_the_labelled_body(extractor: Extractor) -> None:
    text = (
        _TITLE + "The State Department:\nNo update this month. In May it said more than 900 "
        "Belarusian troops were in Russia.\n"
    )
    assert _claimant(extractor, text, 900) == "The State Department"


def test_a_country_label_says_whose_troops_not_who_counts(extractor: Extractor) -> None:
    text = _TITLE + "Belarus:\nAbout 2,000 Belarusian soldiers since March.\n"
    assert _claimant(extractor, text, 2000) is None


def test_a_label_inside_a_line_of_prose_is_no_label_line(extractor: Extractor) -> None:
    text = _TITLE + "Asked about it, the CIA: About 2,000 Belarusian soldiers since March.\n"
    assert _claimant(extractor, text, 2000) != "The CIA"
