"""People killed or hurt are casualties whatever noun names them, and the bare object of a
verb of killing or hurting is a casualty count."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor

Row = tuple[float | None, float | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The avalanche killed six hikers and injured four more.",
         [(6, None, "casualty"), (4, None, "casualty")]),
        ("Police said 12 pilgrims were injured in the crush.", [(12, None, "casualty")]),
        ("Some 30 to 40 fishermen remain missing after the storm.", [(30, 40, "casualty")]),
        ("The blast killed 17 and wounded dozens of shoppers.",
         [(17, None, "casualty"), (None, None, "casualty")]),
        ("The crash killed 11 people and injured nearly 60.",
         [(11, None, "casualty"), (60, None, "casualty")]),
        ("At least 25 miners are feared dead after the collapse.", [(25, None, "casualty")]),
        ("Nine climbers died and dozens were injured in the avalanche.",
         [(9, None, "casualty"), (None, None, "casualty")]),
        # The same nouns in other roles keep their own measure.
        ("The ferry carried 240 pilgrims across the strait.", [(240, None, "pilgrim")]),
        ("The army lost 30 tanks in the offensive.", [(30, None, "tank")]),
    ],
)
def test_casualties(extractor: Extractor, text: str, expected: list[Row]) -> None:
    found = [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was injured 3 times during his career.",
        "The gunman killed in 2019 had no record.",
        "The firm sold 40 buses and dozens were injured later.",
    ],
)
def test_no_bare_casualty_count(extractor: Extractor, text: str) -> None:
    assert all(q.measure != "casualty" for q in extractor.extract(text).quantities)


def test_people_who_drowned_are_casualties(extractor: Extractor) -> None:
    text = "Rescuers pulled 14 people from the lake, but two children drowned."
    measures = {q.value: q.measure for q in extractor.extract(text).quantities}
    assert measures[2] == "casualty"


def test_workers_who_were_hurt_are_casualties(extractor: Extractor) -> None:
    text = "The plant closed for a week after 6 workers were hurt in a fire."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_staff_hurt_are_casualties(extractor: Extractor) -> None:
    q = extractor.extract("Three staff were injured in the blast.").quantities
    assert [(x.value, x.measure) for x in q] == [(3, "casualty")]
