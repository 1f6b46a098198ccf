"""A subheading's figure, told again by the line below, is the paragraph's fact
(`bot.nlp.subheads`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_subheading_copy_goes(extractor: Extractor) -> None:
    text = (
        "Border live: day 12\n"
        "Some 400 lorries queued overnight at the crossing, officials said.\n"
        "Army: about 2,500 soldiers at the border\n"
        "The army said on Friday that about 2,500 soldiers had been sent to the border.\n"
    )
    found = [(q.value, q.sentence[:5]) for q in extractor.extract(text).quantities]
    assert found == [(400, "Some "), (2500, "The a")]


def test_a_subheading_with_its_own_figure_stays(extractor: Extractor) -> None:
    text = (
        "Border live: day 12\n"
        "Army: about 2,500 soldiers at the border\n"
        "The army said on Friday that more units would follow.\n"
    )
    assert [q.value for q in extractor.extract(text).quantities] == [2500]


def test_a_key_point_bullet_told_again_below_goes(extractor: Extractor) -> None:
    text = (
        "Senate backs pact\n"
        "• Chilean senators vote to ratify fisheries pact with Peru\n"
        "• 30 boats idle in port\n"
        "The Chilean Senate is due to ratify the fisheries pact with Peru on Friday.\n"
    )
    facts = extractor.extract(text)
    assert [e.sentence[:3] for e in facts.events] == ["The"]
    assert [q.value for q in facts.quantities] == [30]  # told only in its bullet
