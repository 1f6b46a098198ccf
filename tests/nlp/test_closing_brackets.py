"""A box line's closing bracket is its source, and a bare month in it dates the figure
(`bot.nlp.closing_brackets`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_LIST = (
    "Figures given by officials in Kyiv this week:\n"
    "• Belarusian troops in the Gomel region: about 8,000 (HUR)\n"
    "• Belarusian soldiers killed since the raids began: more than 150 "
    "(President Volodymyr Zelensky, video address, March 3)\n"
)


def test_bracket_after_the_value_gives_the_source(extractor: Extractor) -> None:
    quantities = extractor.extract(_LIST).quantities
    troops = next(q for q in quantities if q.value == 8000)
    assert troops.claimant is not None and "GUR" in troops.claimant.entities


def test_bracket_with_an_occasion_and_a_day_gives_the_source_and_stays_news(
    extractor: Extractor,
) -> None:
    quantities = extractor.extract(_LIST).quantities
    killed = next(q for q in quantities if q.value == 150)
    assert killed.claimant is not None and "Volodymyr Zelensky" in killed.claimant.entities
    assert killed.modality is Modality.REPORTED


def test_bracket_dated_to_a_month_makes_the_line_background(extractor: Extractor) -> None:
    text = (
        "WHAT WE KNOW\n"
        "- Sent in all since 2023: about 9,000 soldiers plus 2,000 builders (NIS, May)\n"
    )
    quantities = extractor.extract(text).quantities
    soldiers = next(q for q in quantities if q.value == 9000)
    assert soldiers.claimant is not None and "NIS" in soldiers.claimant.entities
    assert soldiers.modality is Modality.BACKGROUND


def test_bracket_without_a_named_source_changes_nothing(extractor: Extractor) -> None:
    # Near miss: "(this week)" names no one, so the line's own "X says" stands.
    text = "- Killed: the NIS says about 400 North Korean soldiers have died (this week)\n"
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "NIS" in q.claimant.entities
    assert q.modality is Modality.REPORTED
