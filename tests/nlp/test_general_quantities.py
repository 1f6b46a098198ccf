"""General-news figures beyond the watched kinds: durations, South Asian scales, negative
values, fractions and two-word counted nouns."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("He was sentenced to 10 years in prison.", 10, "year"),
        ("It was his second visit in 12 years.", 12, "year"),
        ("The meeting lasted three hours.", 3, "hour"),
        ("Workers ended a 12-day strike.", 12, "day"),
        ("The club signed him on a three-year deal.", 3, "year"),
        ("The state set aside ₹10,000 crore for roads.", 1e11, "rupee"),
        ("The fund holds 5 lakh rupees.", 5e5, "rupee"),
        ("Temperatures fell to minus 15 degrees.", -15, "degree"),
        ("The ship carried 25 crew members.", 25, "crew member"),
    ],
)
def test_general_figures(extractor: Extractor, text: str, value: float, measure: str) -> None:
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert found == [(value, measure)]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old winger joined the club.",
        "The soldier is 25 years old.",
        "Nearly two thirds of voters backed the plan.",
        "Exports grew 9 times last year.",
    ],
)
def test_ages_fractions_and_multipliers_are_not_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a verb of change, an amount to an amount is the change and the new level.
        ("Copper fell $40 to $9,100 a tonne.", [(40, None, "dollar"), (9100, None, "dollar")]),
        ("Gold was up $12 to $2,410 an ounce.", [(12, None, "dollar"), (2410, None, "dollar")]),
        ("Repairs will cost $2 million to $3 million.", [(2e6, 3e6, "dollar")]),
        # "from X to Y" after a verb of change: the old level and the new one.
        ("Rents rose from £900 to £1,050 a month.", [(900, None, "pound"), (1050, None, "pound")]),
        ("Fares fell from €30 to €24.", [(30, None, "euro"), (24, None, "euro")]),
        ("Tickets range from $40 to $90.", [(40, 90, "dollar")]),
        ("Prices rose 10 to 15 percent.", [(10, 15, "percentage")]),
        # The earlier level counts what the figure before it counted.
        ("Netflix added 9 million subscribers, up from 5 million a year earlier.",
         [(9e6, None, "subscriber"), (5e6, None, "subscriber")]),
        ("The central bank cut rates by 25 basis points.", [(25, None, "basis point")]),
    ],
)
def test_changes_earlier_levels_and_basis_points(
    extractor: Extractor, text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    found = [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "value", "value_max", "measure"),
    [
        ("The oven reached 220°C within minutes.", 220, None, "degree"),
        ("The solar park will add 120 MW to the grid.", 120, None, "megawatt"),
        ("The laptop ships with 512 GB of memory.", 512, None, "gigabyte"),
        ("Each tablet contains 500 mg of ibuprofen.", 500, None, "milligram"),
        ("The trail is 4½ miles long.", 4.5, None, "mile"),
        ("Seats cost £20-£35 for the matinee.", 20, 35, "pound"),
        ("The villa sold for HK$52 million last week.", 52_000_000, None, "dollar"),
        ("Organisers expect a quarter of a million fans.", 250_000, None, "fan"),
    ],
)
def test_symbols_fractions_and_sign_ranges(
    extractor: Extractor, text: str, value: float, value_max: float | None, measure: str
) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.value == pytest.approx(value)
    assert (q.value_max, q.measure) == (value_max, measure)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The refinery will cost Rs 4,500 crore to expand.", [(4.5e10, "rupee")]),
        ("Parliament approved ₹1.2 lakh crore for railways.", [(1.2e12, "rupee")]),
        ("The bank booked a profit of CHF 2.1 billion.", [(2.1e9, "franc")]),
        ("The glider climbed to 9,500 feet before turning back.", [(9500, "foot")]),
        ("Thermometers in Athens showed 41.5C at noon.", [(41.5, "degree")]),
        ("The airline ordered eight Airbus A350F freighters.", [(8, "freighter")]),
        ("Samsung shipped 3.4m Galaxy S24 phones in the quarter.", [(3.4e6, "phone")]),
        ("The console maker sold 2m PlayStation 5 units in March.", [(2e6, "unit")]),
    ],
)
def test_currencies_scales_and_model_names(
    extractor: Extractor, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The studio released the film in a 4K remaster last week.",
        "She finished the 5K fun run in under half an hour.",
    ],
)
def test_capital_k_after_a_small_number_is_no_thousand(extractor: Extractor, text: str) -> None:
    values = [q.value for q in extractor.extract(text).quantities]
    assert 4000 not in values and 5000 not in values
