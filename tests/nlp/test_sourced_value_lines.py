"""Bulleted "Source, time: value" lines under a lead-in naming the people they count."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_BOX = (
    "Kyiv and Washington disagree on the size of the Russian force in Belarus.\n"
    "COUNTS SIDE BY SIDE\n"
    "Russian soldiers in Belarus, newest count of each service:\n"
    "• SBU (Ukraine), this week: about 6,500\n"
    "• CIA, this week: 4,000 to 5,000\n"
    "Older counts:\n"
    "• SBU, May 2024: about 6,500\n"
)


Row = tuple[float | None, float | None, str, str | None, Modality]


def _rows(extractor: Extractor, text: str) -> list[Row]:
    return [
        (q.value, q.value_max, q.measure, q.actor, q.modality)
        for q in extractor.extract(text).quantities
    ]


def test_each_line_counts_the_lead_ins_people(extractor: Extractor) -> None:
    rows = _rows(extractor, _BOX)
    assert (6500, None, "troop", "Russia", Modality.REPORTED) in rows
    assert (4000, 5000, "troop", "Russia", Modality.REPORTED) in rows
    # an older month in the label tells the count as background; the equal figure of the
    # line above is another telling, not a summary restated
    assert (6500, None, "troop", "Russia", Modality.BACKGROUND) in rows


def test_each_line_is_its_sources(extractor: Extractor) -> None:
    facts = extractor.extract(_BOX).quantities
    tellers = {q.value: q.claimant.name for q in facts if q.claimant is not None}
    assert tellers[4000] == "CIA"


def test_a_label_with_a_noun_of_its_own_is_left_to_the_table_reader(
    extractor: Extractor,
) -> None:
    # near miss: "Tanks, this week" names what the line counts; no lead-in noun replaces it
    text = "Russian soldiers in Belarus, by week:\n• Tanks, this week: 40\n"
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)


def test_lines_with_no_people_lead_in_stay_unread(extractor: Extractor) -> None:
    # near miss: the lead-in names no people, so a bare value counts nothing
    text = "Latest figures from each service:\n• SBU (Ukraine), this week: about 6,500\n"
    assert not extractor.extract(text).quantities
