"""A match in, a rendered platform-neutral alert out (pure).

An alert must be read in five seconds: a one-line headline (what · measure or stage · value),
the evidence sentence, who claims it, where and when it ran, and the link. Adapters turn it
into Telegram HTML or Slack Block Kit; nothing here knows either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot import texts
from bot.models import Alert, Event, Match, Mention, Phrase, Quantity, Rule, RuleKind, Target

_CURRENCY_SIGNS = {"dollar": "$", "euro": "€", "pound": "£", "yen": "¥"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_MAX_QUOTE = 600


@dataclass(frozen=True, slots=True)
class PreviousFigure:
    """The last figure reported for the same entity and measure, for the change line."""

    value: float
    claimant: str | None
    published: datetime | None


def format_number(value: float) -> str:
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = value / scale
            return f"{scaled:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(q: Quantity) -> str:
    if q.value is None:
        return texts.ALERT_VAGUE
    sign = _CURRENCY_SIGNS.get(q.measure, "")
    text = sign + format_number(q.value)
    if q.value_max is not None and q.value_max != q.value:
        text += "–" + sign + format_number(q.value_max)
    if q.qualifier and q.qualifier != "range":
        text = f"{q.qualifier} {text}"
    return text


def _target_name(target: Target | None) -> str:
    if target is None:
        return ""
    return target.text if isinstance(target, Phrase) else target


def _measure_label(rule: Rule, q: Quantity) -> str:
    if q.category in {"deal", "money"}:
        return "deal" if q.category == "deal" else "money"
    return q.unit if q.unit and q.unit.isalpha() else (rule.measure or q.measure)


def headline(match: Match) -> str:
    rule, fact = match.rule, match.fact
    if isinstance(fact, Quantity):
        who = _target_name(rule.entity) or fact.actor or ""
        parts = [p for p in (who, _measure_label(rule, fact), format_figure(fact)) if p]
        return " · ".join(parts)
    if isinstance(fact, Event):
        parties = ", ".join(fact.parties) or ", ".join(_target_name(p) for p in rule.parties)
        stage = texts.ALERT_STAGE_TITLE.get(fact.stage.value, fact.stage.value)
        if fact.body:
            stage = f"{stage} ({fact.body})"
        return " · ".join(p for p in ("Treaty", parties, stage) if p)
    name = fact.entity if isinstance(fact, Mention) else _target_name(rule.entity)
    return f"{name} · {texts.ALERT_MENTION}"


def _change_line(q: Quantity, previous: PreviousFigure | None) -> str | None:
    if previous is None or q.value is None:
        return None
    if q.value > previous.value:
        template = texts.ALERT_CHANGE_UP
    elif q.value < previous.value:
        template = texts.ALERT_CHANGE_DOWN
    else:
        template = texts.ALERT_CHANGE_SAME
    date = previous.published.strftime("%b %-d") if previous.published else "an earlier date"
    return template.format(
        old=format_number(previous.value), date=date, who=previous.claimant or "an outlet"
    )


def _trim(quote: str) -> str:
    quote = " ".join(quote.split())
    if len(quote) <= _MAX_QUOTE:
        return quote
    return quote[: _MAX_QUOTE - 1].rsplit(" ", 1)[0] + "…"


def render(match: Match, *, previous: PreviousFigure | None = None) -> Alert:
    fact = match.fact
    claimant = None
    change = None
    if isinstance(fact, Quantity | Event) and fact.claimant is not None:
        claimant = fact.claimant.name
    if isinstance(fact, Quantity) and match.rule.kind is RuleKind.FIGURE:
        change = _change_line(fact, previous)
    article = match.article
    return Alert(
        headline=headline(match),
        quote=_trim(match.quote),
        claimant=claimant,
        outlet=article.outlet,
        published=article.published,
        link=article.url,
        change=change,
        watch=match.rule.text,
    )


def attribution(alert: Alert) -> str:
    """'per Ukraine's GUR', or the outlet's own word when nobody else is cited."""
    if alert.claimant:
        return texts.ALERT_PER.format(alert.claimant)
    return texts.ALERT_OUTLET_OWN.format(alert.outlet or "the outlet")
