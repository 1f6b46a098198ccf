"""The watch grammar: every form in the design parses, every malformed watch says what was
expected and gives an example."""

from __future__ import annotations

import pytest

from bot.errors import RuleError
from bot.models import Op, Phrase, RuleKind, Stage, Threshold
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.rules import parse_rule


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("North Korea", "North Korea"),
        ("DPRK", "North Korea"),
        ("North Korean", "North Korea"),
        ("Pyongyang", "North Korea"),
        ("NATO", "NATO"),
        ("  Ukraine  ", "Ukraine"),
    ],
)
def test_mention_rule_resolves_aliases(gaz: Gazetteer, text: str, entity: str) -> None:
    rule = parse_rule(text, gaz)
    assert rule.kind is RuleKind.MENTION
    assert rule.entity == entity


def test_quoted_phrase_is_a_mention_of_anything(gaz: Gazetteer) -> None:
    rule = parse_rule('"Hanwha Aerospace"', gaz)
    assert rule.kind is RuleKind.MENTION
    assert rule.entity == Phrase("Hanwha Aerospace")
    curly = parse_rule("“Kursk region”", gaz)
    assert curly.entity == Phrase("Kursk region")


@pytest.mark.parametrize(
    ("text", "op", "value"),
    [
        ("North Korea troops >= 10000", Op.GE, 10000.0),
        ("North Korea troops >= 10,000", Op.GE, 10000.0),
        ("North Korea troops>=10k", Op.GE, 10000.0),
        ("DPRK soldiers > 1.5m", Op.GT, 1_500_000.0),
        ("North Korea troops < ten thousand", Op.LT, 10000.0),
        ("North Korea troops = 3000", Op.EQ, 3000.0),
        ("North Korea troops <= 3 000", Op.LE, 3000.0),
    ],
)
def test_figure_rule_with_threshold(gaz: Gazetteer, text: str, op: Op, value: float) -> None:
    rule = parse_rule(text, gaz)
    assert rule.kind is RuleKind.FIGURE
    assert rule.entity == "North Korea"
    assert rule.measure == "troop"
    assert rule.threshold == Threshold(op, value)


def test_money_threshold_keeps_its_currency(gaz: Gazetteer) -> None:
    rule = parse_rule("Poland arms deal >= $1bn", gaz)
    assert rule.measure == "deal"
    assert rule.threshold == Threshold(Op.GE, 1e9, "dollar")
    assert parse_rule("deal > €500m", gaz).threshold == Threshold(Op.GT, 5e8, "euro")
    assert parse_rule("deal >= 1bn zloty", gaz).threshold == Threshold(Op.GE, 1e9, "zloty")
    assert parse_rule("deal > 500 billion won", gaz).threshold == Threshold(Op.GT, 5e11, "won")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Russia casualties > 100", "casualty"),
        ("Russia killed > 100", "casualty"),
        ("Poland tanks >= 100", "tank"),
        ("Iran drones > 50", "drone"),
        ("Ukraine deal", "deal"),
    ],
)
def test_measures_normalise(gaz: Gazetteer, text: str, measure: str) -> None:
    assert parse_rule(text, gaz).measure == measure


def test_figure_without_threshold_and_with_by(gaz: Gazetteer) -> None:
    rule = parse_rule("North Korea troops by Ukraine", gaz)
    assert rule.kind is RuleKind.FIGURE
    assert rule.threshold is None
    assert rule.by == "Ukraine"
    rule = parse_rule("North Korea troops >= 10000 by GUR", gaz)
    assert rule.by == "GUR"
    assert parse_rule('North Korea troops by "Yonhap"', gaz).by == Phrase("Yonhap")


def test_figure_any_actor(gaz: Gazetteer) -> None:
    rule = parse_rule("casualties > 100 by Ukraine", gaz)
    assert rule.kind is RuleKind.FIGURE
    assert rule.entity is None
    assert rule.measure == "casualty"
    assert rule.threshold == Threshold(Op.GT, 100.0)
    assert rule.by == "Ukraine"


@pytest.mark.parametrize(
    ("text", "parties", "stage"),
    [
        ("treaty", (), None),
        ("treaty ratified", (), Stage.RATIFIED),
        ("treaty Russia North Korea", ("Russia", "North Korea"), None),
        ("treaty Russia DPRK ratified", ("Russia", "North Korea"), Stage.RATIFIED),
        ("treaty Russia approved", ("Russia",), Stage.APPROVED),
        ("treaty in force", (), Stage.IN_FORCE),
        ("treaty United States withdrawn", ("United States",), Stage.WITHDRAWN),
        ("treaty Russia suspended", ("Russia",), Stage.SUSPENDED),
        ("treaty Poland signed", ("Poland",), Stage.SIGNED),
    ],
)
def test_treaty_rules(gaz: Gazetteer, text: str, parties: tuple[str, ...],
                      stage: Stage | None) -> None:
    rule = parse_rule(text, gaz)
    assert rule.kind is RuleKind.TREATY
    assert rule.parties == parties
    assert rule.stage is stage


def test_treaty_by(gaz: Gazetteer) -> None:
    rule = parse_rule("treaty Russia North Korea ratified by Kremlin", gaz)
    assert rule.by == "Russia"


def test_rule_keeps_text_as_typed(gaz: Gazetteer) -> None:
    assert parse_rule("DPRK troops >= 10k", gaz).text == "DPRK troops >= 10k"


@pytest.mark.parametrize(
    ("text", "expected_fragment"),
    [
        ("", "a known name"),
        ("Narnia", "a known name"),
        ("North Korea troops >=", "a number"),
        ("North Korea troops >= lots", "a number"),
        ("North Korea troops 10000", "a comparison"),
        ("North Korea quickly > 5", "a measure"),
        ("troops", "a comparison"),
        ('"Hanwha', "a closing quotation mark"),
        ('""', "some words"),
        ("North Korea troops >= 10000 by", "who made the claim"),
        ("North Korea troops >= 10000 by Narnia", "who made the claim"),
        ("treaty Narnia ratified", "a treaty party"),
        ("treaty Russia ratified yesterday", "by <who>"),
        ("North Korea by Ukraine", "a measure"),
        (">= 5", "a known name"),
    ],
)
def test_malformed_watch_says_what_was_expected(gaz: Gazetteer, text: str,
                                                expected_fragment: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule(text, gaz)
    err = info.value
    assert expected_fragment in err.expected
    assert err.example
    # The example offered must itself be a valid watch.
    parse_rule(err.example, gaz)


def test_unknown_name_suggests_quoting_it(gaz: Gazetteer) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule("Hanwha", gaz)
    assert info.value.example == '"Hanwha"'
    assert "Hanwha" in str(info.value)


def test_error_position_points_at_the_problem(gaz: Gazetteer) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule("North Korea quickly > 5", gaz)
    assert info.value.position == len("North Korea ")
