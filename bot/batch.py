"""The batch contract behind `tripwire extract` and `tripwire scan` (see the design's "Batch
CLI"): JSON Lines in, JSON Lines out, every input validated before any output so a bad line
never leaves half a result behind."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from bot import texts
from bot.errors import InputError, RuleError
from bot.matching import Matcher
from bot.models import Article, Event, Facts, Mention, Quantity, Rule
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer
from bot.rules import parse_rule

BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class InputArticle:
    article: Article
    title: str | None


def _optional_str(obj: dict[str, Any], key: str, line: int) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(texts.CLI_MISSING_FIELD.format(field=key), line=line)
    return value


def _published(raw: str | None, line: int) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as err:
        raise InputError(f'"published" is not an ISO-8601 date: {raw!r}', line=line) from err


def read_articles(stream: TextIO) -> list[InputArticle]:
    """Every non-blank line must be a JSON object with string "id" and "text"."""
    out: list[InputArticle] = []
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            raise InputError(texts.CLI_BAD_JSON.format(error=err.msg), line=number) from err
        if not isinstance(obj, dict):
            raise InputError(texts.CLI_BAD_JSON.format(error="a JSON value"), line=number)
        ident = obj.get("id")
        if isinstance(ident, int) and not isinstance(ident, bool):
            ident = str(ident)
        if not isinstance(ident, str):
            raise InputError(texts.CLI_MISSING_FIELD.format(field="id"), line=number)
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(texts.CLI_MISSING_FIELD.format(field="text"), line=number)
        title = _optional_str(obj, "title", number)
        url = _optional_str(obj, "url", number) or ""
        published = _published(_optional_str(obj, "published", number), number)
        article = Article(id=ident, url=url, title=title or "", text=text, published=published,
                          outlet=_optional_str(obj, "outlet", number) or "")
        out.append(InputArticle(article, title))
    return out


def read_rules(stream: TextIO, gazetteer: Gazetteer, *, path: str = "RULES") -> list[Rule]:
    """One watch per line; blank lines and lines starting with # are skipped."""
    rules: list[Rule] = []
    for number, raw in enumerate(stream, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rule = parse_rule(line, gazetteer)
        except RuleError as err:
            message = texts.rule_error(str(err), err.expected, err.example)
            raise InputError(message, line=number) from err
        # The contract echoes the line exactly as given, spaces and all.
        rules.append(Rule(line, rule.kind, rule.entity, rule.measure, rule.threshold,
                          rule.parties, rule.stage, rule.by))
    return rules


def _claimant(fact: Quantity | Event) -> str | None:
    return fact.claimant.name if fact.claimant is not None else None


def mention_json(m: Mention) -> dict[str, Any]:
    return {"entity": m.entity, "surface": m.surface, "start": m.start, "end": m.end}


def quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "value": q.value, "value_max": q.value_max, "unit": q.unit, "measure": q.measure,
        "qualifier": q.qualifier, "actor": q.actor, "claimant": _claimant(q),
        "sentence": q.sentence, "start": q.start, "end": q.end,
        "category": q.category, "modality": q.modality.value, "whole_force": q.whole_force,
    }


def event_json(e: Event) -> dict[str, Any]:
    return {
        "type": e.type, "stage": e.stage.value, "parties": list(e.parties), "date": e.date,
        "claimant": _claimant(e), "sentence": e.sentence, "body": e.body,
        "modality": e.modality.value,
    }


def facts_json(ident: str, facts: Facts) -> dict[str, Any]:
    return {
        "id": ident,
        "mentions": [mention_json(m) for m in facts.mentions],
        "quantities": [quantity_json(q) for q in facts.quantities],
        "events": [event_json(e) for e in facts.events],
    }


def _facts(extractor: Extractor, items: list[InputArticle]) -> Iterator[Facts]:
    for start in range(0, len(items), BATCH_SIZE):
        chunk = items[start : start + BATCH_SIZE]
        yield from extractor.extract_many((i.article.text, i.title) for i in chunk)


def run_extract(items: list[InputArticle], extractor: Extractor, out: TextIO) -> int:
    count = 0
    for item, facts in zip(items, _facts(extractor, items), strict=True):
        out.write(json.dumps(facts_json(item.article.id, facts), ensure_ascii=False) + "\n")
        count += 1
    return count


def run_scan(
    items: list[InputArticle],
    rules: Iterable[Rule],
    extractor: Extractor,
    gazetteer: Gazetteer,
    out: TextIO,
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    matcher = Matcher(rules, gazetteer)
    alerts = 0
    for item, facts in zip(items, _facts(extractor, items), strict=True):
        for match in matcher.match(item.article, facts):
            fact = match.fact
            row = {
                "rule": match.rule.text,
                "article_id": item.article.id,
                "quote": match.quote,
                "claimant": _claimant(fact) if isinstance(fact, Quantity | Event) else None,
                "value": fact.value if isinstance(fact, Quantity) else None,
                "stage": fact.stage.value if isinstance(fact, Event) else None,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            alerts += 1
        if progress is not None:
            progress(1)
    return alerts
