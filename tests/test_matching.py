"""Matching through the rule index, on hand-built facts (the extractor is tested apart)."""

from __future__ import annotations

import pytest

from bot.matching import Matcher, satisfies
from bot.models import (
    Article,
    Claimant,
    Event,
    Facts,
    Mention,
    Modality,
    Op,
    Quantity,
    Stage,
    Threshold,
)
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.rules import parse_rule

TEXT = (
    "Kyiv's spies said Pyongyang has about 12,000 soldiers in Russia. "
    "Seoul's NIS counted 3,000 troops. "
    "The State Duma approved the treaty with North Korea. "
    "Hanwha Aerospace signed a $1.64 billion contract with Poland."
)
GUR = Claimant("Ukraine's GUR", ("GUR", "Ukraine"))
NIS = Claimant("South Korea's NIS", ("NIS", "South Korea"))


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _sentence(fragment: str) -> str:
    return next(s.strip() + "." for s in TEXT.split(". ") if fragment in s).replace("..", ".")


def troops(value: float | None, fragment: str, claimant: Claimant | None, *,
           qualifier: str | None = None, modality: Modality = Modality.REPORTED,
           whole_force: bool = False, value_max: float | None = None) -> Quantity:
    start, end = _span(fragment)
    return Quantity(value, value_max, "troops", "troop", "troop", qualifier, "North Korea",
                    claimant, _sentence(fragment), start, end, modality, whole_force)


ARTICLE = Article("a1", "https://example.test/a1", "Title", TEXT, None, "Example Wire")
Q12 = troops(12000, "12,000 soldiers", GUR, qualifier="about")
Q3 = troops(3000, "3,000 troops", NIS)
EVENT = Event("treaty", Stage.APPROVED, ("Russia", "North Korea"), None, None,
              _sentence("State Duma"), *_span("approved"), body="State Duma")
DEAL = Quantity(1.64e9, None, "$", "dollar", "deal", None, "Poland", None,
                _sentence("Hanwha"), *_span("$1.64 billion"))
MENTIONS = (
    Mention("North Korea", "Pyongyang", *_span("Pyongyang"), _sentence("Pyongyang")),
    Mention("Poland", "Poland", *_span("Poland"), _sentence("Poland")),
)
FACTS = Facts(MENTIONS, (Q12, Q3, DEAL), (EVENT,))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def run(gaz: Gazetteer, *rules: str, facts: Facts = FACTS) -> dict[str, list[str]]:
    matcher = Matcher([parse_rule(r, gaz) for r in rules], gaz)
    out: dict[str, list[str]] = {}
    for m in matcher.match(ARTICLE, facts):
        out.setdefault(m.rule.text, []).append(m.quote)
    return out


def test_threshold_fires_on_the_big_figure_only(gaz: Gazetteer) -> None:
    got = run(gaz, "North Korea troops >= 10000", "North Korea troops < 5000")
    assert got["North Korea troops >= 10000"] == [Q12.sentence]
    assert got["North Korea troops < 5000"] == [Q3.sentence]


def test_a_rule_fires_once_per_article(gaz: Gazetteer) -> None:
    got = run(gaz, "North Korea troops")
    assert got == {"North Korea troops": [Q12.sentence]}


def test_by_is_alias_aware(gaz: Gazetteer) -> None:
    got = run(gaz, "North Korea troops by Ukraine", "North Korea troops by Kyiv",
              "North Korea troops by NIS", "North Korea troops >= 10000 by South Korea")
    assert got["North Korea troops by Ukraine"] == [Q12.sentence]
    assert got["North Korea troops by Kyiv"] == [Q12.sentence]
    assert got["North Korea troops by NIS"] == [Q3.sentence]
    assert "North Korea troops >= 10000 by South Korea" not in got


def test_denied_claim_is_no_endorsement_and_no_report(gaz: Gazetteer) -> None:
    denied = troops(12000, "12,000 soldiers", Claimant("Moscow", ("Russia",), denied=True))
    got = run(gaz, "North Korea troops by Russia", "North Korea troops",
              "North Korea troops >= 10000", facts=Facts(quantities=(denied,)))
    assert got == {}


def test_other_actor_does_not_fire(gaz: Gazetteer) -> None:
    assert run(gaz, "Russia troops >= 1000") == {}


def test_any_actor_rule(gaz: Gazetteer) -> None:
    assert run(gaz, "troops >= 10000") == {"troops >= 10000": [Q12.sentence]}


def test_planned_background_and_whole_force_do_not_fire(gaz: Gazetteer) -> None:
    quiet = Facts(quantities=(
        troops(20000, "12,000 soldiers", GUR, modality=Modality.PLANNED),
        troops(20000, "12,000 soldiers", GUR, modality=Modality.BACKGROUND),
        troops(1.2e6, "12,000 soldiers", GUR, whole_force=True),
    ))
    assert run(gaz, "North Korea troops >= 10000", "North Korea troops", facts=quiet) == {}


def test_vague_figure_satisfies_only_rules_without_threshold(gaz: Gazetteer) -> None:
    vague = Facts(quantities=(troops(None, "12,000 soldiers", None),))
    got = run(gaz, "North Korea troops >= 10", "North Korea troops", facts=vague)
    assert list(got) == ["North Korea troops"]


def test_money_and_deal(gaz: Gazetteer) -> None:
    got = run(gaz, "deal >= $1bn", "Poland deal > 2bn", "deal >= €1bn", "Poland deal")
    assert set(got) == {"deal >= $1bn", "Poland deal"}


def test_treaty_rules(gaz: Gazetteer) -> None:
    got = run(gaz, "treaty", "treaty Russia North Korea approved", "treaty DPRK",
              "treaty Russia ratified", "treaty Poland", "treaty approved by Russia")
    assert set(got) == {"treaty", "treaty Russia North Korea approved", "treaty DPRK"}


def test_scheduled_treaty_step_does_not_fire(gaz: Gazetteer) -> None:
    planned = Event("treaty", Stage.RATIFIED, ("Russia", "North Korea"), "November 6", None,
                    EVENT.sentence, EVENT.start, EVENT.end, modality=Modality.PLANNED)
    assert run(gaz, "treaty ratified", "treaty", facts=Facts(events=(planned,))) == {}


def test_mentions_and_phrases(gaz: Gazetteer) -> None:
    got = run(gaz, "North Korea", "DPRK", '"Hanwha Aerospace"', '"hanwha aerospace"',
              '"Hanwha Defense"', "Iran")
    assert got["North Korea"] == [MENTIONS[0].sentence]
    assert got["DPRK"] == [MENTIONS[0].sentence]
    assert got['"Hanwha Aerospace"'] == [_sentence("Hanwha")]
    assert '"hanwha aerospace"' in got
    assert '"Hanwha Defense"' not in got and "Iran" not in got


def test_phrase_as_figure_entity_and_treaty_party(gaz: Gazetteer) -> None:
    got = run(gaz, '"Hanwha Aerospace" deal >= $1bn', 'treaty "State Duma"')
    assert set(got) == {'"Hanwha Aerospace" deal >= $1bn', 'treaty "State Duma"'}


@pytest.mark.parametrize(
    ("value", "value_max", "qualifier", "op", "threshold", "expected"),
    [
        (12000, None, "about", Op.GE, 10000, True),
        (3000, None, None, Op.GE, 10000, False),
        (8000, 12000, "range", Op.GE, 10000, True),
        (8000, 12000, "range", Op.LT, 10000, True),
        (10000, None, "more than", Op.GT, 10000, True),
        (10000, None, None, Op.GT, 10000, False),
        (10000, None, "fewer than", Op.LT, 10000, True),
        (10000, None, None, Op.EQ, 10000, True),
        (None, None, "thousands", Op.GE, 1, False),
    ],
)
def test_satisfies(value: float | None, value_max: float | None, qualifier: str | None,
                   op: Op, threshold: float, expected: bool) -> None:
    q = troops(value, "12,000 soldiers", None, qualifier=qualifier, value_max=value_max)
    assert satisfies(q, Threshold(op, threshold)) is expected


@pytest.mark.parametrize(
    ("measure", "currency", "expected"),
    [("dollar", "dollar", True), ("zloty", "dollar", False), ("won", "dollar", False),
     ("zloty", "zloty", True), ("zloty", None, True)],
)
def test_money_compares_only_in_the_thresholds_currency(
    measure: str, currency: str | None, expected: bool
) -> None:
    q = Quantity(value=3.1e9, value_max=None, unit=measure, measure=measure, category="money",
                 qualifier=None, actor="Poland", claimant=None, sentence="", start=0, end=0)
    assert satisfies(q, Threshold(Op.GE, 1e9, currency)) is expected


def test_index_cost_does_not_scan_unrelated_rules(gaz: Gazetteer) -> None:
    unrelated = [parse_rule(f"Iran drones > {n}", gaz) for n in range(2000)]
    wanted = parse_rule("North Korea troops >= 10000", gaz)
    matcher = Matcher([*unrelated, wanted], gaz)
    assert matcher.size == 2001
    assert [m.rule for m in matcher.match(ARTICLE, FACTS)] == [wanted]


def test_index_agrees_with_checking_every_rule(gaz: Gazetteer) -> None:
    import random

    rng = random.Random(5)
    ops = [">", ">=", "<", "<=", "="]
    values = [2999, 3000, 3001, 9000, 12000, 12001, 20000]
    rules = [parse_rule(f"North Korea troops {rng.choice(ops)} {rng.choice(values)}", gaz)
             for _ in range(300)]
    rules = list({r.text: r for r in rules}.values())
    figures = [
        troops(3000, "3,000 troops", NIS),
        troops(12000, "12,000 soldiers", GUR, qualifier="about"),
        troops(9000, "12,000 soldiers", GUR, value_max=12000, qualifier="range"),
        troops(3000, "3,000 troops", NIS, qualifier="more than"),
        troops(12000, "12,000 soldiers", GUR, qualifier="fewer than"),
    ]
    for figure in figures:
        matcher = Matcher(rules, gaz)
        got = {m.rule.text for m in matcher.match(ARTICLE, Facts(quantities=(figure,)))}
        assert rules[0].threshold is not None
        expected = {r.text for r in rules if r.threshold and satisfies(figure, r.threshold)}
        assert got == expected


def test_a_joint_claim_is_each_states(gaz: Gazetteer) -> None:
    joint = Claimant("Seoul and Kyiv", ("South Korea", "Ukraine"))
    got = run(gaz, "North Korea troops by South Korea", "North Korea troops by Kyiv",
              "North Korea troops by Japan",
              facts=Facts(quantities=(troops(12000, "12,000 soldiers", joint),)))
    assert set(got) == {"North Korea troops by South Korea", "North Korea troops by Kyiv"}
