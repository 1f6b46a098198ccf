"""A source giving "the same total" claims it, for the side of the figure it matches
(`bot.nlp.matched_figures`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_giver_claims_and_the_side_carries_on(extractor: Extractor) -> None:
    text = (
        "Chad's army said about 600 Sudanese soldiers had crossed the border. The French "
        "defence ministry gives the same total of about 600."
    )
    found = extractor.extract(text).quantities
    last = found[-1]
    assert (last.value, last.measure, last.actor) == (600, "troop", "Sudan")
    assert last.claimant is not None and "French defence ministry" in last.claimant.name


def test_a_similar_figure_with_its_own_noun(extractor: Extractor) -> None:
    text = (
        "Kenya's police said 40 Somali militants were killed. Ethiopia's army gave an almost "
        "identical figure of about 40 dead."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.measure, last.actor) == ("casualty", "Somalia")
    assert last.claimant is not None and last.claimant.entities[-1] == "Ethiopia"
