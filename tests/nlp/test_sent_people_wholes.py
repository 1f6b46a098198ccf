"""A whole sent out, after a toll counted by a people's name, counts soldiers."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_deployed_whole_after_a_peoples_toll_counts_soldiers(extractor: Extractor) -> None:
    text = (
        "Kyiv's intelligence service estimated that some 1,200 Belarusians had been killed or "
        "wounded since spring, out of about 5,000 deployed."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 5000]
    assert (q.category, q.actor) == ("troop", "Belarus")


def test_a_whole_with_no_sending_keeps_the_peoples_name(extractor: Extractor) -> None:
    text = (
        "Kyiv's intelligence service estimated that some 1,200 Belarusians had been killed or "
        "wounded since spring, out of about 5,000 in the region."
    )
    assert not [
        q for q in extractor.extract(text).quantities if q.value == 5000 and q.category == "troop"
    ]
