"""A book review retells its book: what it tells as done is background (`bot.nlp.book_reviews`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_REVIEW = (
    "Book review: a river, a dam and a drowned valley\n"
    "Reviewed by Tomas Reid\n"
    "Cold Water: The Great Flood of 1953, by Maria Lunde (Fjord Books, 312pp, £20)\n"
    "The storm surge of January 1953 killed more than 1,800 people in the Netherlands.\n"
    "Lunde's account is vivid and exact.\n"
)


def test_figures_a_review_retells_are_background(extractor: Extractor) -> None:
    facts = extractor.extract(_REVIEW)
    toll = next(q for q in facts.quantities if q.value == 1800)
    assert toll.modality is Modality.BACKGROUND


def test_a_review_undated_toll_is_background(extractor: Extractor) -> None:
    text = _REVIEW.replace("of January 1953 ", "")
    toll = next(q for q in extractor.extract(text).quantities if q.value == 1800)
    assert toll.modality is Modality.BACKGROUND


def test_the_listed_books_price_stays(extractor: Extractor) -> None:
    price = next(q for q in extractor.extract(_REVIEW).quantities if q.value == 20)
    assert price.modality is Modality.REPORTED


def test_a_news_story_without_a_listing_stays_news(extractor: Extractor) -> None:
    text = (
        "Floods kill 1,800 as river bursts its banks\n"
        "The storm surge killed more than 1,800 people in the Netherlands, officials said.\n"
    )
    (toll,) = extractor.extract(text).quantities
    assert toll.modality is Modality.REPORTED


def test_percentage_points_are_no_book_listing(extractor: Extractor) -> None:
    text = (
        "Turnout up 12pp as voters return\n"
        "The flood killed more than 1,800 people in the north, officials said.\n"
    )
    toll = next(q for q in extractor.extract(text).quantities if q.value == 1800)
    assert toll.modality is Modality.REPORTED
