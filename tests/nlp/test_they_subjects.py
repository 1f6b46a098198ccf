"""A "Their losses" sentence reaches through a plain "they" sentence to the country before."""

from __future__ import annotations

from bot.nlp import Extractor

_LEAD = "Belarusian units have left the border area, a spokesman said on Monday.\n"


def test_their_losses_reach_through_a_they_sentence(extractor: Extractor) -> None:
    text = _LEAD + (
        '"According to our data, they were pulled back to their bases. Their losses are '
        'heavy: about 300 killed and wounded," he said.'
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor == "Belarus"


def test_a_middle_sentence_without_they_breaks_the_chain(extractor: Extractor) -> None:
    # Near miss: the sentence between is about something else; "Their" finds no country.
    text = _LEAD + (
        '"The border crossing was reopened to trucks. Their losses are heavy: about 300 '
        'killed and wounded," he said.'
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor is None
