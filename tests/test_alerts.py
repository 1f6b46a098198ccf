"""Rendering a match into a platform-neutral alert."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.alerts import PreviousFigure, attribution, format_figure, format_number, headline, render
from bot.models import (
    Article,
    Claimant,
    Event,
    Match,
    Mention,
    Modality,
    Quantity,
    Rule,
    RuleKind,
    Stage,
)

ARTICLE = Article("a", "https://news.example/a", "T", "text", datetime(2024, 10, 24, tzinfo=UTC),
                  "Example Wire")
GUR = Claimant("Ukraine's GUR", ("GUR", "Ukraine"))


def q(value: float | None, *, value_max: float | None = None, qualifier: str | None = None,
      measure: str = "troop", unit: str = "troops", category: str = "troop") -> Quantity:
    return Quantity(value, value_max, unit, measure, category, qualifier, "North Korea", GUR,
                    "Pyongyang has about 12,000 soldiers in Russia, the GUR said.", 0, 5,
                    Modality.REPORTED)


FIGURE_RULE = Rule("North Korea troops >= 10000", RuleKind.FIGURE, "North Korea", "troop")


@pytest.mark.parametrize(
    ("value", "text"),
    [(12000, "12,000"), (3000.0, "3,000"), (1.64e9, "1.64 billion"), (2.5e6, "2.5 million"),
     (1.5, "1.5"), (1e12, "1 trillion")],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_format_figure_qualifiers_ranges_money_and_vague() -> None:
    assert format_figure(q(12000, qualifier="about")) == "about 12,000"
    assert format_figure(q(1500, value_max=2000, qualifier="range")) == "1,500–2,000"
    money = q(1.64e9, measure="dollar", unit="$", category="deal")
    assert format_figure(money) == "$1.64 billion"
    assert format_figure(q(None, qualifier="thousands")) == "unspecified number"


def test_figure_alert() -> None:
    fact = q(12000, qualifier="about")
    alert = render(Match(FIGURE_RULE, ARTICLE, fact, fact.sentence))
    assert alert.headline == "North Korea · troops · about 12,000"
    assert alert.quote == fact.sentence
    assert alert.claimant == "Ukraine's GUR"
    assert attribution(alert) == "per Ukraine's GUR"
    assert (alert.outlet, alert.link, alert.published) == (
        "Example Wire", ARTICLE.url, ARTICLE.published)
    assert alert.watch == FIGURE_RULE.text
    assert alert.change is None


def test_change_line_against_previous_figure() -> None:
    fact = q(12000, qualifier="about")
    previous = PreviousFigure(3000, "the U.S.", datetime(2024, 10, 23, tzinfo=UTC))
    alert = render(Match(FIGURE_RULE, ARTICLE, fact, fact.sentence), previous=previous)
    assert alert.change == "up from 3,000 reported on Oct 23 by the U.S."


def test_treaty_and_mention_headlines() -> None:
    event = Event("treaty", Stage.APPROVED, ("Russia", "North Korea"), None, None, "s", 0, 1,
                  body="State Duma")
    rule = Rule("treaty", RuleKind.TREATY)
    assert headline(Match(rule, ARTICLE, event, "s")) == (
        "Treaty · Russia, North Korea · approved by a lower house (State Duma)")
    mention = Mention("North Korea", "DPRK", 0, 4, "s")
    mrule = Rule("DPRK", RuleKind.MENTION, "North Korea")
    alert = render(Match(mrule, ARTICLE, mention, "s"))
    assert alert.headline == "North Korea · mentioned"
    assert alert.claimant is None
    assert attribution(alert) == "per Example Wire (unattributed)"


def test_long_quote_is_trimmed_on_a_word() -> None:
    long = "word " * 400
    alert = render(Match(FIGURE_RULE, ARTICLE, q(12000), long))
    assert len(alert.quote) <= 600 and alert.quote.endswith("…")
