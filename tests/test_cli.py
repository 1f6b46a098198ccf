"""The CLI contract: `extract` and `scan` JSON Lines, exit status 2 with a line-numbered
message on bad input, `feeds`, `db upgrade`, and the demo end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli import app

ARTICLES = [
    {"id": "a1", "text": "Ukraine's GUR said North Korea has sent about 12,000 troops to Russia.",
     "url": "https://wire.example/a1"},
    {"id": "a2", "text": "South Korea's National Intelligence Service said North Korea had "
                         "moved 3,000 troops to Russia."},
    {"id": "a3", "text": "Russia's State Duma voted on Thursday to ratify the treaty with North "
                         "Korea. The Federation Council is due to ratify it on November 6."},
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def articles_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    return path


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_contract(runner: CliRunner, articles_file: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles_file)])
    assert result.exit_code == 0, result.output
    rows = _lines(result.stdout)
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    q = rows[0]["quantities"][0]
    for key in ("value", "value_max", "unit", "measure", "qualifier", "actor", "claimant",
                "sentence", "start", "end"):
        assert key in q
    assert q["value"] == 12000 and q["measure"] == "troop" and q["actor"] == "North Korea"
    text = ARTICLES[0]["text"]
    assert "12,000" in text[q["start"]:q["end"]]
    mention = rows[0]["mentions"][0]
    assert text[mention["start"]:mention["end"]] == mention["surface"]
    events = rows[2]["events"]
    assert {"type", "stage", "parties", "date", "claimant", "sentence"} <= set(events[0])


def test_extract_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-"], input=json.dumps(ARTICLES[1]) + "\n")
    assert result.exit_code == 0
    assert _lines(result.stdout)[0]["quantities"][0]["value"] == 3000


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ('{"id": "a", "text": "ok"}\nnot json\n', ":2: not a JSON object"),
        ('{"id": "a", "text": "ok"}\n\n{"text": "no id"}\n',
         ':3: expected a JSON object with a string "id"'),
        ('{"id": "a"}\n', ':1: expected a JSON object with a string "text"'),
        ('[1, 2]\n', ":1: not a JSON object"),
    ],
)
def test_extract_bad_input_exits_2(runner: CliRunner, tmp_path: Path, content: str,
                                   fragment: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert result.stdout == ""


def test_scan_contract(runner: CliRunner, tmp_path: Path, articles_file: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text(
        "# desk watches\n"
        "North Korea troops >= 10000\n"
        "North Korea  troops by NIS\n"
        "\n"
        "treaty Russia North Korea\n"
        "treaty ratified\n"
    )
    result = runner.invoke(app, ["scan", "--rules", str(rules), "--articles", str(articles_file)])
    assert result.exit_code == 0, result.output
    rows = _lines(result.stdout)
    by_rule = {(r["rule"], r["article_id"]): r for r in rows}
    assert set(by_rule) == {
        ("North Korea troops >= 10000", "a1"),
        ("North Korea  troops by NIS", "a2"),
        ("treaty Russia North Korea", "a3"),
    }
    big = by_rule[("North Korea troops >= 10000", "a1")]
    assert big["value"] == 12000 and big["stage"] is None
    assert "GUR" in str(big["claimant"]) and "12,000 troops" in str(big["quote"])
    treaty = by_rule[("treaty Russia North Korea", "a3")]
    assert treaty["stage"] == "approved" and treaty["value"] is None
    assert set(rows[0]) == {"rule", "article_id", "quote", "claimant", "value", "stage"}


def test_scan_bad_rule_names_line_and_expectation(runner: CliRunner, tmp_path: Path,
                                                  articles_file: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text("North Korea\n\nNorth Korea troops 10000\n")
    result = runner.invoke(app, ["scan", "--rules", str(rules), "--articles", str(articles_file)])
    assert result.exit_code == 2
    assert f"{rules}:3:" in result.stderr
    assert "Expected a comparison" in result.stderr and "Example:" in result.stderr
    assert result.stdout == ""


def test_scan_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", "--rules", str(tmp_path / "none.txt"),
                                 "--articles", "-"], input="")
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_feeds_and_db(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIPWIRE_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 't.db'}")
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    added = runner.invoke(app, ["feeds", "add", "https://a.example/rss", "https://b.example/rss"])
    assert added.exit_code == 0 and "added feed 1" in added.stdout
    again = runner.invoke(app, ["feeds", "add", "https://a.example/rss"])
    assert "already present" in again.stdout
    listing = runner.invoke(app, ["feeds", "list"])
    assert "https://b.example/rss" in listing.stdout and "operator" in listing.stdout
    assert runner.invoke(app, ["feeds", "remove", "1"]).exit_code == 0
    missing = runner.invoke(app, ["feeds", "remove", "1"])
    assert missing.exit_code == 2 and "no feed with id 1" in missing.stderr
    bad = runner.invoke(app, ["feeds", "add", "file:///etc/passwd"])
    assert bad.exit_code == 2


def test_demo_end_to_end(runner: CliRunner, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    alerts = [block for block in out.split("\n\n") if block.startswith("▶")]
    troops = [a for a in alerts if "Watch #1:" in a]
    assert len(troops) == 1
    assert "12,000" in troops[0] and "GUR" in troops[0]
    assert "3,000" not in troops[0].splitlines()[0]
    nis = [a for a in alerts if "Watch #2:" in a]
    assert nis and "3,000" in nis[0]
    treaty = [a for a in alerts if "Watch #3:" in a]
    assert len(treaty) == 2  # the Duma's approval and the upper house's ratification
    assert not any("due to ratify" in a for a in treaty)
    assert any("1.64 billion" in a for a in alerts if "Watch #4:" in a)
    assert any("Hanwha Aerospace" in a for a in alerts if "Watch #5:" in a)
    assert f"{len(alerts)} alerts pushed" in out
