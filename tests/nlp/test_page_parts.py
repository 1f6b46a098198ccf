from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor
from bot.nlp.context import Tokens
from bot.nlp.dates import DATE_START, date_starts
from bot.nlp.page_parts import boilerplate_chars, dateline_date, headline_start, template_sentence
from bot.nlp.pipeline import build_language


def tokens_of(text: str) -> Tokens:
    flags = (DATE_START,)
    return Tokens.of(build_language().make_doc(text), text, flags)


def test_a_first_line_without_a_stop_over_a_body_is_the_headline() -> None:
    tokens = tokens_of("Duma backs pact with Pyongyang\nMOSCOW, Oct 24 - Deputies voted on it.")
    assert headline_start(tokens) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The Duma backed the pact.\nMOSCOW, Oct 24 - Deputies voted on it.",
        "Duma backs pact with Pyongyang\n",
        "Duma backs pact with Pyongyang",
    ],
)
def test_no_headline_without_a_body_or_with_a_final_stop(text: str) -> None:
    assert headline_start(tokens_of(text)) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Headline here\nKYIV, Nov 4 (Wire) - Troops moved.", (11, 4)),
        ("PYONGYANG, June 4. The agency said nothing new.", (6, 4)),
    ],
)
def test_the_dateline_gives_month_and_day(text: str, when: tuple[int, int]) -> None:
    tokens = tokens_of(text)
    assert dateline_date(tokens, date_starts(tokens.lowers, tokens.flagged[DATE_START])) == when


def test_a_date_deep_in_the_first_sentence_is_no_dateline() -> None:
    tokens = tokens_of("The ministry said the troops, which arrived, left on Nov 4 at dawn.")
    assert dateline_date(tokens, date_starts(tokens.lowers, tokens.flagged[DATE_START])) is None


def test_template_lines_are_skipped_and_body_text_is_not() -> None:
    text = "Read more\nSeoul said 3,000 troops were sent.\n   \n"
    tokens = tokens_of(text)
    ranges = boilerplate_chars(text)
    assert ranges == [(0, len("Read more"))]
    skipped = [template_sentence(tokens, a, b, ranges) for a, b in tokens.sentences]
    assert skipped[0] is True
    assert skipped[1] is False


def test_a_headline_restating_the_body_keeps_the_body_telling(extractor: Extractor) -> None:
    facts = extractor.extract(
        "Seoul says 3,000 troops sent\nSEOUL, Oct 18 - The NIS said 3,000 troops were sent."
    )
    figures = [q for q in facts.quantities if q.value == 3000]
    assert len(figures) == 1
    assert figures[0].claimant is not None and "NIS" in figures[0].claimant.entities


def test_a_dateline_below_a_headline_an_editors_note_and_a_byline_is_found() -> None:
    text = (
        "(2nd LD) Seoul protests drills near border\n"
        "(ATTN: UPDATES with ministry comment in paras 4-5)\n"
        "By Park Min-jun\n"
        "SEOUL, March 14 (Agency) -- The defense ministry lodged a protest on Friday."
    )
    tokens = tokens_of(text)
    assert dateline_date(tokens, date_starts(tokens.lowers, tokens.flagged[DATE_START])) == (3, 14)


def test_a_headline_restating_a_vague_body_amount_keeps_the_body_telling(
    extractor: Extractor,
) -> None:
    text = (
        'London puts Russian losses near Pokrovsk at "several thousand"\n'
        "Russian units near Pokrovsk have suffered several thousand casualties this month, "
        "British intelligence said on Monday."
    )
    vague = [q for q in extractor.extract(text).quantities if q.value is None]
    assert [(q.qualifier, q.start > 60) for q in vague] == [("several thousand", True)]


def test_a_headline_with_another_vague_amount_is_kept(extractor: Extractor) -> None:
    text = (
        'London puts Russian losses near Pokrovsk at "several thousand"\n'
        "Russian units near Pokrovsk have suffered hundreds of casualties this week, "
        "British intelligence said on Monday."
    )
    vague = [q.qualifier for q in extractor.extract(text).quantities if q.value is None]
    assert vague == ["several thousand", "hundreds"]


def test_a_headline_chamber_vote_is_not_restated_by_the_planned_next_step(
    extractor: Extractor,
) -> None:
    text = (
        "Chilean Senate approves law ratifying fisheries treaty with Peru\n"
        "SANTIAGO, May 6. The Senate on Thursday approved the federal law on the "
        "ratification of the Treaty on Fisheries between the Republic of Chile and the "
        "Republic of Peru.\nThe lower house ratified the treaty on April 2. The law will now "
        "be sent to the president for signature."
    )
    told = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert (Stage.RATIFIED, Modality.REPORTED) in told


def test_a_headline_step_the_body_tells_done_is_still_dropped(extractor: Extractor) -> None:
    text = (
        "Chilean Senate approves law ratifying fisheries treaty with Peru\n"
        "The Chilean Senate on Thursday approved the law ratifying the fisheries treaty "
        "between Chile and Peru."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert len(ratified) == 1 and ratified[0].start > 60
