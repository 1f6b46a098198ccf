"""The scorer: pairing, attribute rows, gold alerts from gold facts, traps and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.errors import InputError
from bot.evaluation import (
    GoldArticle,
    Score,
    check_trap,
    evaluate,
    format_details,
    gold_facts,
    gold_splits,
    load_gold,
)
from bot.evaluation_general import value_unit_report, value_unit_score
from bot.models import Claimant, Facts, Modality, Quantity
from bot.nlp import Extractor
from bot.nlp.gazetteer import default_gazetteer
from bot.rules import parse_rule

GOLD = Path(__file__).resolve().parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(model="blank")


def article(text: str, **gold: object) -> GoldArticle:
    return GoldArticle(
        id="a1", style="wire", title="", text=text,
        mentions=tuple(gold.get("mentions", ())),  # type: ignore[arg-type]
        quantities=tuple(gold.get("quantities", ())),  # type: ignore[arg-type]
        events=tuple(gold.get("events", ())),  # type: ignore[arg-type]
        traps=(),
    )  # fmt: skip


def test_score_arithmetic() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().precision == 1.0 and Score().recall == 1.0


def test_perfect_and_wrong_attributes(extractor: Extractor) -> None:
    gaz = default_gazetteer()
    rules = [parse_rule("North Korea troops >= 10000", gaz), parse_rule("Russia troops", gaz)]
    good = article(
        "North Korea has sent 12,000 troops to Russia, Ukraine said.",
        mentions=["North Korea", "Russia", "Ukraine"],
        quantities=[{"v": 12000, "m": "troop", "actor": "North Korea", "by": "Ukraine"}],
    )
    report = evaluate([good], rules, extractor, gaz)
    assert report.scores["quantity+claimant"].tp == 1
    assert report.scores["alert"] == Score(tp=1)
    wrong = article(good.text, mentions=["North Korea"],
                    quantities=[{"v": 12000, "m": "troop", "actor": "Russia"}])
    report = evaluate([wrong], rules, extractor, gaz)
    assert report.scores["quantity"] == Score(tp=1)
    assert report.scores["quantity+actor"] == Score(fp=1, fn=1)
    assert report.scores["mention"] == Score(tp=1, fp=2)
    # The gold says Russia's troops, so the Russia rule is missed and the other is false.
    assert report.missed_alerts == [("a1", "Russia troops")]
    assert report.false_alerts == [("a1", "North Korea troops >= 10000")]


def test_gold_facts_follow_the_watch_semantics() -> None:
    gaz = default_gazetteer()
    gold = article("x", quantities=[
        {"v": 1.64e9, "m": "dollar", "deal": True, "actor": "Poland"},
        {"v": 12000, "m": "troop", "by": "GUR", "denied": True, "mod": "planned"},
    ])  # fmt: skip
    deal, troops = gold_facts(gold, gaz).quantities
    assert (deal.category, troops.category) == ("deal", "troop")
    assert troops.claimant == Claimant("GUR", ("GUR",), denied=True)
    assert troops.modality is Modality.PLANNED


def quantity(value: float | None, measure: str, **kw: object) -> Quantity:
    fields: dict[str, object] = {
        "value": value, "value_max": None, "unit": measure, "measure": measure,
        "category": measure, "qualifier": None, "actor": None, "claimant": None,
        "sentence": "", "start": 0, "end": 0,
    }  # fmt: skip
    fields.update(kw)
    return Quantity(**fields)  # type: ignore[arg-type]


def test_traps() -> None:
    facts = Facts(quantities=(quantity(10000, "troop", actor="North Korea",
                                       claimant=Claimant("Peskov", ("Dmitry Peskov",), True)),))
    assert check_trap({"kind": "figure", "v": 10000, "by": "Dmitry Peskov", "denied": True}, facts)
    assert not check_trap({"kind": "figure", "v": 10000, "by": "Dmitry Peskov"}, facts)
    assert not check_trap({"kind": "figure", "v": 10000, "actor": "Russia"}, facts)
    assert check_trap({"kind": "no_figure", "v": 2022}, facts)
    assert not check_trap({"kind": "no_figure", "v": 10000}, facts)
    assert check_trap({"kind": "no_event"}, facts)
    with pytest.raises(InputError):
        check_trap({"kind": "bogus"}, facts)


def test_value_unit_pairs_value_and_measure(extractor: Extractor) -> None:
    rows = [{"id": "1", "text": "Prices rose 5.2% and 40 km/h winds blew.",
             "gold": [{"value": 5.2, "measure": "percentage"},
                      {"value": 40, "measure": "mile per hour"}]}]  # fmt: skip
    assert value_unit_score(rows, extractor) == Score(tp=1, fp=1, fn=1)
    assert value_unit_report(rows, extractor).misses == [
        "  1: Prices rose 5.2% and 40 km/h winds blew.",
        "      missed 40 mile per hour",
        "      extra  40 kilometre per hour",
    ]


def test_malformed_gold_names_the_article(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "x", "text": "t"}, {"id": "y"}]))
    with pytest.raises(InputError, match="article 2"):
        load_gold(path)


def test_gold_splits_are_found_in_the_order_written(tmp_path: Path) -> None:
    for name in ("fresh10", "tune", "fresh", "fresh2", "heldout", "freshest", "general_fresh2"):
        (tmp_path / f"{name}.json").write_text("[]")
    assert gold_splits(tmp_path) == ["tune", "heldout", "fresh", "fresh2", "fresh10"]


def test_eval_command_prints_rows_and_honours_min(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIPWIRE_SPACY_MODEL", "blank")
    runner = CliRunner()
    ok = runner.invoke(app, ["eval", "--gold", str(GOLD), "--split", "tune"])
    assert ok.exit_code == 0, ok.output
    for row in ("mention", "quantity+actor", "event+claimant", "alert", "value+unit"):
        assert row in ok.output
    strict = runner.invoke(app, ["eval", "--gold", str(GOLD), "--split", "tune", "--min", "1.01"])
    assert strict.exit_code == 1
    bad = runner.invoke(app, ["eval", "--gold", str(GOLD), "--split", "nope"])
    assert bad.exit_code == 2


def test_details_list_each_fact_level_miss(extractor: Extractor) -> None:
    gaz = default_gazetteer()
    text = "Poland said it had sent 300 tanks to the border. Officials counted 7 trucks."
    gold = article(text, mentions=["Poland", "Germany"], quantities=[
        {"v": 300, "m": "tank", "actor": "Germany"},
        {"v": 45, "m": "jet"},
    ], events=[{"stage": "ratified", "parties": ["Poland"]}])  # fmt: skip
    report = evaluate([gold], [], extractor, gaz)
    kinds = {(m.kind, m.fact.split(" ")[0]) for m in report.fact_misses}
    assert ("missed", "mention") in kinds
    differs = [m for m in report.fact_misses if m.kind == "differs"]
    assert len(differs) == 1 and "actor=Poland" in differs[0].fact
    assert differs[0].sentence.startswith("Poland said it had sent 300 tanks")
    extra = [m for m in report.fact_misses if m.kind == "extra"]
    assert [m.fact.split(" ")[:2] for m in extra] == [["7", "truck"]]
    missed = {m.fact: m.sentence for m in report.fact_misses if m.kind == "missed"}
    assert missed['{"v": 45, "m": "jet"}'] == ""
    assert '{"stage": "ratified", "parties": ["Poland"]}' in missed
    listing = format_details(report)
    assert "differs a1:" in listing and "| Officials counted 7 trucks." in listing


def test_eval_details_print_the_sentence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRIPWIRE_SPACY_MODEL", "blank")
    gold = [{"id": "g1", "text": "Officials counted 7 trucks near the border.",
             "mentions": [], "quantities": [{"v": 8, "m": "truck"}]}]  # fmt: skip
    (tmp_path / "tune.json").write_text(json.dumps(gold))
    (tmp_path / "rules.txt").write_text("")
    out = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--split", "tune",
                                   "--details"])  # fmt: skip
    assert out.exit_code == 0, out.output
    assert 'missed g1: {"v": 8, "m": "truck"}' in out.output
    assert "extra g1: 7 truck" in out.output
    assert "| Officials counted 7 trucks near the border." in out.output
