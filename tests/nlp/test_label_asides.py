"""A source label with a bracketed aside before its colon ("NIS (September):"): the label
still names the line's source, and an aside dated to an earlier month makes it background."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> dict[float | None, Quantity]:
    return {q.value: q for q in extractor.extract(text).quantities}


def test_a_label_with_a_dated_aside_names_its_source(extractor: Extractor) -> None:
    text = (
        "WHAT THE SOURCES SAY\n"
        "- South Korea's NIS (September): about 2,000 killed. It gave no newer total.\n"
        "- Ukraine's HUR (November): more than 6,000 killed and wounded.\n"
    )
    figures = _figures(extractor, text)
    for value, source in ((2000, "NIS"), (6000, "GUR")):
        q = figures[value]
        assert q.claimant is not None and source in q.claimant.entities
        assert q.actor is None  # the agencies' states count no losses of their own here


def test_an_agency_label_does_not_own_the_people_it_counts(extractor: Extractor) -> None:
    text = (
        "The estimates:\n"
        "* National Intelligence Service (briefing to lawmakers, Sept. 4): about 15,000 troops "
        "sent since October 2024.\n"
    )
    q = _figures(extractor, text)[15000]
    assert q.actor != "South Korea"
    assert q.claimant is not None and "NIS" in q.claimant.entities


def test_an_aside_dated_to_an_earlier_month_is_background(extractor: Extractor) -> None:
    text = (
        "SEOUL, Nov 28 (Wire) - Estimates still differ widely.\n"
        "* HUR (Sept. 4): more than 6,000 casualties.\n"
        "* NIS (Nov. 18): about 2,000 casualties.\n"
    )
    figures = _figures(extractor, text)
    assert figures[6000].modality is Modality.BACKGROUND
    assert figures[2000].modality is Modality.REPORTED  # ten days old: the current word


def test_a_bracketed_noun_label_names_no_source(extractor: Extractor) -> None:
    text = "The numbers:\n- Troops (in Russia): about 11,000.\n"
    q = _figures(extractor, text).get(11000)
    assert q is None or q.claimant is None
