"""How a figure moved: every reported value of a figure watch, by claimant, as a PNG chart.

Building the series is pure (stored figure points in, `TrendSeries` out) so tests check the
very numbers that were drawn; rendering uses matplotlib's Agg canvas on a `Figure` of its own
(no pyplot global state), so charts can be drawn from worker threads.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot import texts
from bot.alerts import format_number
from bot.models import Phrase, Rule, RuleKind, Threshold
from bot.store.records import FigurePoint
from bot.store.repository import Store

WIDTH_PX = 1000
HEIGHT_PX = 560
DPI = 100
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "h", "<", ">")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RULE_TAIL = re.compile(r"\s*(?:[<>=]|\bby\b).*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Point:
    when: datetime
    value: float
    value_max: float | None = None


@dataclass(frozen=True, slots=True)
class Series:
    claimant: str
    marker: str
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class TrendSeries:
    """What a chart shows: `what` names the figure ("North Korea troops"); series in the
    order their claimants first reported."""

    what: str
    series: tuple[Series, ...]
    threshold: Threshold | None

    @property
    def points(self) -> list[Point]:
        return sorted((p for s in self.series for p in s.points), key=lambda p: p.when)

    def by_claimant(self) -> dict[str, list[float]]:
        return {s.claimant: [p.value for p in s.points] for s in self.series}


@dataclass(frozen=True, slots=True)
class TrendChart:
    """`png` is None when there are fewer than two points; `text` then says what there is."""

    series: TrendSeries
    png: bytes | None
    text: str


def figure_name(rule: Rule) -> str:
    """'North Korea troops >= 10000 by Ukraine' → 'North Korea troops'."""
    return _RULE_TAIL.sub("", rule.text).strip() or rule.text


def series_key(rule: Rule) -> tuple[str | None, str]:
    """(actor, category) to look the figure up by; a phrase or no entity means any actor."""
    if rule.kind is not RuleKind.FIGURE or rule.measure is None:
        raise ValueError(f"not a figure watch: {rule.text}")
    entity = rule.entity if isinstance(rule.entity, str) else None
    if isinstance(rule.entity, Phrase):
        entity = None
    return entity, rule.measure


def build_series(rule: Rule, history: Sequence[FigurePoint]) -> TrendSeries:
    # "The Pentagon" opening a sentence and "the Pentagon" later are one claimant.
    grouped: dict[str, tuple[str, list[Point]]] = {}
    for fp in sorted(history, key=lambda p: (p.published, p.article_id)):
        who = fp.claimant or texts.TREND_UNATTRIBUTED
        _, points = grouped.setdefault(who.casefold(), (who, []))
        points.append(Point(fp.published, fp.value, fp.value_max))
    series = tuple(
        Series(who, MARKERS[i % len(MARKERS)], tuple(points))
        for i, (who, points) in enumerate(grouped.values())
    )
    return TrendSeries(figure_name(rule), series, rule.threshold)


def _day(when: datetime) -> str:
    return when.strftime("%Y-%m-%d")


def caption(trend: TrendSeries) -> str:
    points = trend.points
    return texts.TREND_CAPTION.format(
        what=trend.what, count=len(points), first=_day(points[0].when),
        last=_day(points[-1].when), claimants=", ".join(s.claimant for s in trend.series),
    )


def text_fallback(trend: TrendSeries) -> str:
    points = [(p, s.claimant) for s in trend.series for p in s.points]
    lines = [texts.TREND_TOO_FEW.format(count=len(points), s="" if len(points) == 1 else "s",
                                        what=trend.what)]
    lines += [
        texts.TREND_POINT.format(date=_day(p.when), value=format_number(p.value), who=who)
        for p, who in sorted(points, key=lambda item: item[0].when)
    ]
    return "\n".join(lines)


def _x(when: datetime) -> float:
    """Days since 1970 (matplotlib's own date unit), as plain floats the axis can space."""
    return (when - _EPOCH).total_seconds() / 86400


def _date_tick(value: float, _pos: int | None) -> str:
    return (_EPOCH + timedelta(days=value)).strftime("%Y-%m-%d")


def render_png(trend: TrendSeries, *, width_px: int = WIDTH_PX,
               height_px: int = HEIGHT_PX, dpi: int = DPI) -> bytes:
    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for s in trend.series:
        line = ax.plot([_x(p.when) for p in s.points], [p.value for p in s.points],
                       marker=s.marker, linestyle="-", linewidth=1, markersize=8,
                       label=s.claimant)[0]
        ranged = [p for p in s.points if p.value_max is not None and p.value_max != p.value]
        if ranged:
            # A range ("8,000-12,000") is drawn as a bar from its low to its high end.
            ax.vlines([_x(p.when) for p in ranged], [p.value for p in ranged],
                      [p.value_max or p.value for p in ranged], colors=line.get_color(),
                      linewidth=3, alpha=0.5)
    if trend.threshold is not None:
        t = trend.threshold
        ax.axhline(t.value, color="#c0392b", linestyle="--", linewidth=1.5,
                   label=texts.TREND_THRESHOLD.format(op=t.op.value,
                                                      value=format_number(t.value)))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.xaxis.set_major_formatter(FuncFormatter(_date_tick))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v)))
    ax.set_title(texts.TREND_TITLE.format(what=trend.what))
    ax.set_ylabel(texts.TREND_AXIS_VALUE)
    ax.set_xlabel(texts.TREND_AXIS_DATE)
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    out = io.BytesIO()
    # No software/date metadata: the same data always gives the same bytes.
    fig.savefig(out, format="png", dpi=dpi, metadata={"Software": None})
    return out.getvalue()


def chart(trend: TrendSeries) -> TrendChart:
    if len(trend.points) < 2:
        return TrendChart(trend, None, text_fallback(trend))
    return TrendChart(trend, render_png(trend), caption(trend))


async def trend_for(store: Store, rule: Rule) -> TrendChart:
    entity, category = series_key(rule)
    trend = build_series(rule, await store.figure_series(entity, category))
    # Drawing takes a CPU tenth of a second or so: keep the event loop free meanwhile.
    return await asyncio.to_thread(chart, trend)
