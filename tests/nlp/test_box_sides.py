"""A "what we know" box of label lines counts the headline's side (`bot.nlp.box_sides`)."""

from __future__ import annotations

from bot.nlp import Extractor

_TITLE = "North Korea admits its soldiers fought in Kursk"
_BODY = (
    _TITLE + "\n"
    "SEOUL, May 2 (Wire) - North Korea said its soldiers had fought in Kursk.\n"
    "WHAT WE KNOW\n"
    "Deployment: about 9,000 troops sent since last autumn, according to the NIS.\n"
    "Losses: about 1,300 killed and wounded, the NIS said.\n"
    "Prisoners: three North Korean soldiers are held by Ukraine.\n"
    "Kyiv says Russia still has about 600,000 troops in Ukraine.\n"
)


def test_ownerless_box_counts_take_the_boxs_one_side(extractor: Extractor) -> None:
    quantities = extractor.extract(_BODY, title=_TITLE).quantities
    assert next(q for q in quantities if q.value == 9000).actor == "North Korea"
    assert next(q for q in quantities if q.value == 1300).actor == "North Korea"


def test_side_the_headline_does_not_name_is_not_given(extractor: Extractor) -> None:
    # Near miss: the headline is about the weather, so the box's side is not its story's.
    text = _BODY.replace(_TITLE, "Heavy rain expected in Seoul on Sunday")
    quantities = extractor.extract(text, title="Heavy rain expected in Seoul on Sunday").quantities
    assert next(q for q in quantities if q.value == 9000).actor is None
