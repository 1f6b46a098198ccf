from __future__ import annotations

import pytest

from bot.nlp.dates import find_dates
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
        ("About 2024 troops arrived.", []),
    ],
)
def test_dates(text: str, expected: list[tuple[str, bool]]) -> None:
    assert dates(text) == expected
