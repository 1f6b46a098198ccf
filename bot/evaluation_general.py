"""Value+unit scoring on general-news sentences: every quantity of a sentence, paired with
the gold on value (and range end) and measure. `--details` lists what did not pair, so a
miss reads as the sentence, the gold figures it lacks and the figures it should not have.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import InputError
from bot.evaluation import Json, Score, same_number
from bot.models import Quantity
from bot.nlp.extractor import Extractor


@dataclass(slots=True)
class ValueUnitReport:
    score: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)


def read_quantity_sentences(path: Path) -> list[Json]:
    """JSON Lines {"id", "text", "gold": [{"value", "value_max", "measure"}]}."""
    rows: list[Json] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append({"id": row["id"], "text": row["text"], "gold": list(row["gold"])})
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise InputError(f"{path}: not a gold quantity sentence ({err})", line=number) from err
    return rows


def _same(g: Json, q: Quantity) -> bool:
    return (
        same_number(g.get("value"), q.value)
        and same_number(g.get("value_max"), q.value_max)
        and g["measure"] == q.measure
    )


def _show(value: float | None, value_max: float | None, measure: str) -> str:
    span = f"{value:g}" if value is not None else "?"
    return f"{span}-{value_max:g} {measure}" if value_max is not None else f"{span} {measure}"


def value_unit_report(rows: Sequence[Json], extractor: Extractor) -> ValueUnitReport:
    report = ValueUnitReport()
    predicted = extractor.extract_many((r["text"], None) for r in rows)
    for row, facts in zip(rows, predicted, strict=True):
        left = list(facts.quantities)
        missed: list[Json] = []
        for g in row["gold"]:
            k = next((k for k, q in enumerate(left) if _same(g, q)), None)
            if k is None:
                missed.append(g)
            else:
                del left[k]
        tp = len(row["gold"]) - len(missed)
        report.score.add(Score(tp=tp, fp=len(left), fn=len(missed)))
        if missed or left:
            report.misses.append(f"  {row['id']}: {row['text']}")
            report.misses += [
                f"      missed {_show(g['value'], g.get('value_max'), g['measure'])}"
                for g in missed
            ]
            report.misses += [
                f"      extra  {_show(q.value, q.value_max, q.measure)}" for q in left
            ]
    return report


def value_unit_score(rows: Sequence[Json], extractor: Extractor) -> Score:
    """Every quantity of every sentence, paired on value (and range end) and measure."""
    return value_unit_report(rows, extractor).score
