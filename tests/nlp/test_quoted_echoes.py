"""A denied figure quoted back in mockery is the same denied claim (`bot.nlp.quoted_echoes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_quoted_repeat_of_a_denied_figure_is_dropped(extractor: Extractor) -> None:
    text = (
        "Peskov dismissed as a fabrication reports that 8,000 North Korean soldiers were "
        "fighting in Kursk.\n"
        "\"Yesterday it was 'eight thousand North Korean soldiers', tomorrow it will be more. "
        "We do not comment on such things,\" Peskov said."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 8000]
    assert len(found) == 1
    assert found[0].claimant is not None and found[0].claimant.denied


def test_an_unquoted_later_figure_is_kept(extractor: Extractor) -> None:
    # Near miss: told again outside quote marks, by a source of its own, it is a new claim.
    text = (
        "Peskov dismissed as a fabrication reports that 8,000 North Korean soldiers were "
        "fighting in Kursk.\n"
        "Seoul's spy agency said on Friday that 8,000 North Korean soldiers were in Kursk."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 8000]
    assert len(found) == 2


def test_a_quoted_repeat_told_by_the_denier_in_a_long_quote_is_dropped(
    extractor: Extractor,
) -> None:
    text = (
        "Russia's foreign ministry dismissed reports that 8,000 North Korean soldiers were in "
        "Kursk.\n"
        "\"They say 'eight thousand North Korean soldiers'. It is a story for children,\" "
        "Russian diplomat Maria Zakharova said."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 8000]
    assert len(found) == 1


def test_another_states_quoted_repeat_is_kept(extractor: Extractor) -> None:
    text = (
        "Russia's foreign ministry dismissed reports that 8,000 North Korean soldiers were in "
        "Kursk.\n"
        "\"We count 'eight thousand North Korean soldiers'. We have the photographs,\" "
        "Lithuania's defence minister said."
    )
    found = [q for q in extractor.extract(text).quantities if q.value == 8000]
    assert len(found) == 2
