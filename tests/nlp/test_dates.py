from __future__ import annotations

import pytest

from bot.nlp.context import Tokens
from bot.nlp.dates import DATE_START, date_starts, find_dates
from bot.nlp.pipeline import build_language

NLP = build_language()


def dates(text: str) -> list[tuple[str, bool]]:
    doc = NLP(text)
    lowers = [t.lower_ for t in doc]
    return [(doc[d.start : d.end].text, d.past) for d in find_dates(lowers, 0, len(doc))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is due on November 6.", [("November 6", False)]),
        ("It was signed on 6 November 2024.", [("6 November 2024", False)]),
        ("It was signed in June.", [("June", True)]),
        ("Russia invaded in February 2022.", [("February 2022", True)]),
        ("It was signed in 2024.", [("2024", True)]),
        ("They met on Wednesday.", [("Wednesday", False)]),
        ("They met last week.", [("last week", True)]),
        ("It ends by the end of the year.", [("the end of the year", False)]),
        ("The call is at 10:30 a.m.", [("10:30 a.m.", False)]),
        ("It arrived on Dec. 6, 2022.", [("Dec. 6, 2022", False)]),
        ("They may sign soon.", []),
        ("It was signed in May by both leaders.", [("May", True)]),
        ("Talks have stalled since May.", [("May", True)]),
        ("In May they may sign.", [("May", True)]),
        ("It was praised by May in her memoir.", []),
        ("Officials in May's cabinet may object.", []),
        ("About 2024 troops arrived.", []),
    ],
)
def test_dates(text: str, expected: list[tuple[str, bool]]) -> None:
    assert dates(text) == expected


def test_flagged_date_starts_skip_figures_but_find_the_same_dates() -> None:
    text = "By the end of June 12,000 troops and 2024 tanks came; in 2024, at 10:30 pm, more."
    tokens = Tokens.of(NLP.make_doc(text), text, [DATE_START])
    lowers = tokens.lowers
    flagged = date_starts(lowers, tokens.flagged[DATE_START])
    assert "12,000" not in [lowers[k] for k in flagged]
    assert find_dates(lowers, 0, len(lowers), flagged) == find_dates(lowers, 0, len(lowers))
    assert [lowers[d.start] for d in find_dates(lowers, 0, len(lowers), flagged)] == [
        "the", "2024", "10:30"
    ]  # fmt: skip


def test_a_year_after_late_or_early_is_a_date() -> None:
    assert dates("Crews arrived in late 2025.") == [("2025", True)]
    assert dates("It opens in early 2027.") == [("2027", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on March 3 last year.", [("March 3 last year", True)]),
        ("They met on 3 March last year.", [("3 March last year", True)]),
        ("They met on March 3 last week.", [("March 3", False), ("last week", True)]),
    ],
)
def test_a_day_of_last_year_is_past(text: str, expected: list[tuple[str, bool]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brigade reached Pokrovsk in the winter of 2023.", [("the winter of 2023", True)]),
        ("Exports recovered in spring 2021.", [("spring 2021", True)]),
        ("The summer offensive cost 2024 lives.", []),
        ("Talks resume at the end of the summer.", [("the end of the summer", False)]),
    ],
)
def test_a_season_of_a_named_year_is_a_past_period(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senate passed the bill last Tuesday.", [("last Tuesday", True)]),
        ("The senate will vote next Tuesday.", [("Tuesday", False)]),
        ("The senate passed the bill on Tuesday.", [("Tuesday", False)]),
    ],
)
def test_last_weekday_is_before_the_news(text: str, expected: list[tuple[str, bool]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senate passed the bill that winter, and the king signed it.", [("winter", True)]),
        ("The minister said that winter would be hard.", []),
    ],
)
def test_a_season_pointed_back_at_is_past(text: str, expected: list[tuple[str, bool]]) -> None:
    assert dates(text) == expected
