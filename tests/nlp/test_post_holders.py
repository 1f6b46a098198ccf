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
