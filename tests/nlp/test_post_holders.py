"""A person named after a source's post, then quoted by surname, speaks for that source
(`bot.nlp.post_holders`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_surname_speaks_for_the_post_named_before(extractor: Extractor) -> None:
    text = (
        "This was announced on the air of a news marathon by the spokesman of the "
        "General Staff of Ukraine (GS) Ivan Tkachuk. \"About 900 Russian soldiers were "
        'withdrawn from the bridgehead," Tkachuk said.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 900 and q.claimant is not None
    assert "Ukraine" in q.claimant.entities


def test_another_surname_keeps_no_affiliation(extractor: Extractor) -> None:
    # Near miss: the person quoted is not the one named after the post.
    text = (
        "This was announced on the air of a news marathon by the spokesman of the "
        "General Staff of Ukraine (GS) Ivan Tkachuk. \"About 900 Russian soldiers were "
        'withdrawn from the bridgehead," Kovalenko said.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 900 and q.claimant is not None
    assert q.claimant.entities == ()


def test_a_surname_set_off_by_commas_after_the_post(extractor: Extractor) -> None:
    text = (
        "Later, a spokesman for the Defence Intelligence of Ukraine, Oleh Marchenko, said "
        'on the radio that drills had begun. "About 7,500 North Korean soldiers are in '
        'Bryansk," Marchenko said.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 7500 and q.claimant is not None
    assert "Ukraine" in q.claimant.entities


def test_an_appositive_not_closed_by_a_comma_gives_no_post(extractor: Extractor) -> None:
    # Near miss: no comma closes the name, so it is no appositive of the post.
    text = (
        "Later, a spokesman for the Defence Intelligence of Ukraine, Oleh Marchenko and "
        'others said on the radio that drills had begun. "About 7,500 North Korean soldiers '
        'are in Bryansk," Marchenko said.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 7500 and q.claimant is not None
    assert q.claimant.entities == ()
