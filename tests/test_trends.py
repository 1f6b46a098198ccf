"""Trend charts: the series built from stored figures (the data that is drawn), the PNG it
draws (decoded, checked for size), the text fallback, and the README's demo chart."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image

from bot import texts
from bot.models import Article, Claimant, Facts, Modality, Quantity
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.rules import parse_rule
from bot.settings import Settings
from bot.store import Store
from bot.store.records import FigurePoint
from bot.trenddemo import DEMO_TREND_WATCH, demo_trend
from bot.trends import (
    HEIGHT_PX,
    MARKERS,
    WIDTH_PX,
    build_series,
    chart,
    figure_name,
    render_png,
    trend_for,
)

WATCH = "North Korea troops >= 10000 by Ukraine"


def day(month: int, d: int) -> datetime:
    return datetime(2024, month, d, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def fact(value: float, who: str | None, *, actor: str = "North Korea",
         value_max: float | None = None, modality: Modality = Modality.REPORTED,
         category: str = "troop") -> Quantity:
    return Quantity(value, value_max, "troops", "troop", category, None, actor,
                    Claimant(who) if who else None, "s", 0, 1, modality)


# Three claimants, plus figures a chart must leave out.
STORED = [
    (day(10, 18), [fact(1500, "the NIS")]),
    (day(10, 23), [fact(3000, "the NIS"), fact(3000, "The Pentagon")]),
    (day(10, 24), [fact(10000, "the GUR", value_max=12000)]),
    (day(10, 28), [fact(10000, "the Pentagon")]),
    (day(11, 2), [fact(20000, "the GUR", modality=Modality.PLANNED)]),  # a plan
    (day(11, 3), [fact(600000, "the GUR", actor="Russia")]),  # another actor
    (day(11, 5), [fact(11000, "the GUR")]),
    (day(11, 6), [fact(40, "the GUR", category="casualty")]),  # another measure
]


async def store_figures(store: Store) -> None:
    for n, (when, quantities) in enumerate(STORED):
        [stored] = await store.add_articles(None, [Article(
            f"t{n}", f"https://wire.example/{n}", "t", "text", when)])
        await store.save_facts(stored.id, Facts(quantities=tuple(quantities)), when)


async def test_series_from_the_store_has_one_line_per_claimant(
    store: Store, gazetteer: Gazetteer
) -> None:
    await store_figures(store)
    result = await trend_for(store, parse_rule(WATCH, gazetteer))
    trend = result.series
    assert trend.what == "North Korea troops"
    assert trend.by_claimant() == {
        "the NIS": [1500, 3000],
        "The Pentagon": [3000, 10000],  # "the Pentagon" later is the same claimant
        "the GUR": [10000, 11000],
    }
    assert [s.marker for s in trend.series] == list(MARKERS[:3])
    [gur_range] = [p for p in trend.series[2].points if p.value_max is not None]
    assert (gur_range.value, gur_range.value_max) == (10000, 12000)
    assert trend.threshold is not None and trend.threshold.value == 10000
    assert [p.when for p in trend.points] == sorted(p.when for p in trend.points)
    assert result.png is not None
    image = Image.open(io.BytesIO(result.png))
    image.load()
    assert image.format == "PNG"
    assert image.size == (WIDTH_PX, HEIGHT_PX)
    assert result.text == ("North Korea troops: 6 reported values from 2024-10-18 to "
                           "2024-11-05 by the NIS, The Pentagon, the GUR")


async def test_any_actor_watch_charts_every_actor(store: Store, gazetteer: Gazetteer) -> None:
    await store_figures(store)
    result = await trend_for(store, parse_rule("troops > 100000", gazetteer))
    assert result.series.by_claimant()["the GUR"] == [10000, 600000, 11000]


def test_fewer_than_two_points_fall_back_to_text(gazetteer: Gazetteer) -> None:
    rule = parse_rule(WATCH, gazetteer)
    one = chart(build_series(rule, [FigurePoint(3000, None, "the NIS", day(10, 23), 1)]))
    assert one.png is None
    assert one.text.splitlines() == [
        texts.TREND_TOO_FEW.format(count=1, s="", what="North Korea troops"),
        "• 2024-10-23 · 3,000 — per the NIS",
    ]
    none = chart(build_series(rule, []))
    assert none.png is None and none.text.startswith("Only 0 reported values")


def test_render_size_and_unattributed_points(gazetteer: Gazetteer) -> None:
    rule = parse_rule("casualties > 100", gazetteer)
    history = [FigurePoint(50, None, None, day(10, 1), 1), FigurePoint(150, 200, None,
                                                                       day(10, 2), 2)]
    trend = build_series(rule, history)
    assert trend.by_claimant() == {texts.TREND_UNATTRIBUTED: [50, 150]}
    png = render_png(trend, width_px=640, height_px=320)
    assert Image.open(io.BytesIO(png)).size == (640, 320)
    assert figure_name(rule) == "casualties"


def test_trend_of_a_non_figure_watch_is_refused(gazetteer: Gazetteer) -> None:
    from bot.trends import series_key

    with pytest.raises(ValueError, match="not a figure watch"):
        series_key(parse_rule("treaty Russia North Korea", gazetteer))


async def test_demo_chart_comes_from_the_bundled_demo_data(sqlite_url: str) -> None:
    result = await demo_trend(Settings(), database_url=sqlite_url)
    assert result.png is not None
    assert Image.open(io.BytesIO(result.png)).size == (WIDTH_PX, HEIGHT_PX)
    series = result.series.by_claimant()
    assert len(series) == 3
    assert max(v for values in series.values() for v in values) == 12000
    assert result.series.what == DEMO_TREND_WATCH.split(" >=")[0]
