"""Fact-level differences between a gold article and what the extractor found, for reading
(`tripwire eval --details`): the scores say how many, these lines say which and where.

A gold fact is compared with the extracted ones twice: first with every attribute the gold
states, then on the fact alone (value and measure, or stage). A pair that agrees only on the
fact is one "differs" line showing both sides, so a wrong actor does not read as a missed
figure plus an invented one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.models import Claimant, Event, Facts, Quantity

Json = dict[str, Any]
Check = Callable[[Json, Any], bool]
_STAGE_STEMS = {"signed": "sign", "approved": "approv", "ratified": "ratif", "in force": "force",
                "suspended": "suspend", "withdrawn": "withdr"}  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])")


@dataclass(frozen=True, slots=True)
class Miss:
    """`kind` is "missed" (a gold fact not found), "extra" (an extracted fact not in the gold)
    or "differs"; `sentence` is where it reads, empty when it could not be located."""

    article: str
    kind: str
    fact: str
    sentence: str


@dataclass(frozen=True, slots=True)
class GoldFacts:
    article: str
    text: str
    mentions: Sequence[str]
    quantities: Sequence[Json]
    events: Sequence[Json]


@dataclass(frozen=True, slots=True)
class MissChecks:
    """The scorer's own pairing tests, so these lines and the scores never disagree."""

    quantity: Check
    quantity_base: Check
    event: Check
    event_base: Check


def _sentence_at(text: str, clue: Callable[[str], bool]) -> str:
    # Gold facts carry no offsets, so a missed one is shown beside the first sentence holding
    # its number or stage word: a hint for the reader, never part of the score.
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(line):
            if clue(sentence):
                return sentence.strip()
    return ""


def _number_clue(value: float | None) -> Callable[[str], bool]:
    if value is None:
        return lambda s: False
    forms = {f"{value:g}"}
    if value == int(value):
        forms |= {f"{value:,.0f}", f"{value:.0f}"}
    patterns = [re.compile(rf"(?<![\d.,]){re.escape(f)}(?![\d,])") for f in forms]
    return lambda s: any(p.search(s) for p in patterns)


def _word_clue(word: str) -> Callable[[str], bool]:
    return lambda s: word in s


def _stage_clue(g: Json) -> Callable[[str], bool]:
    stem = _STAGE_STEMS.get(str(g["stage"]), str(g["stage"]))
    return lambda s: stem in s.lower()


def _who(claimant: Claimant | None) -> str | None:
    return None if claimant is None else claimant.name + (" (denied)" if claimant.denied else "")


def show_quantity(q: Quantity) -> str:
    span = "vague" if q.value is None else f"{q.value:g}"
    span += "" if q.value_max is None else f"-{q.value_max:g}"
    whole = " whole" if q.whole_force else ""
    return (f"{span} {q.measure} q={q.qualifier} actor={q.actor} by={_who(q.claimant)} "
            f"mod={q.modality.value}{whole}")


def show_event(e: Event) -> str:
    return (f"{e.stage.value} parties={list(e.parties)} by={_who(e.claimant)} "
            f"mod={e.modality.value}")


def _take(left: list[Any], g: Json, same: Check) -> Any | None:
    for k, p in enumerate(left):
        if same(g, p):
            return left.pop(k)
    return None


def _fact_misses(
    gold: GoldFacts,
    wanted: Sequence[Json],
    found: Sequence[Any],
    checks: tuple[Check, Check],
    show: Callable[[Any], str],
    clue: Callable[[Json], Callable[[str], bool]],
) -> list[Miss]:
    exact, base = checks
    left = list(found)
    unmatched = [g for g in wanted if _take(left, g, exact) is None]
    out: list[Miss] = []
    for g in unmatched:
        near = _take(left, g, base)
        if near is None:
            out.append(Miss(gold.article, "missed", json.dumps(g),
                            _sentence_at(gold.text, clue(g))))  # fmt: skip
        else:
            out.append(Miss(gold.article, "differs", f"gold {json.dumps(g)} got {show(near)}",
                            near.sentence))  # fmt: skip
    out += [Miss(gold.article, "extra", show(p), p.sentence) for p in left]
    return out


def list_misses(gold: GoldFacts, facts: Facts, checks: MissChecks) -> list[Miss]:
    """Mentions first (one line per entity), then quantities, then events."""
    wanted = set(gold.mentions)
    out = [Miss(gold.article, "missed", f"mention {name}", "")
           for name in sorted(wanted - facts.entities())]  # fmt: skip
    for m in facts.mentions:
        if m.entity not in wanted:
            wanted.add(m.entity)
            sentence = _sentence_at(gold.text, _word_clue(m.surface))
            out.append(Miss(gold.article, "extra", f"mention {m.entity} ({m.surface!r})",
                            sentence))  # fmt: skip
    out += _fact_misses(gold, gold.quantities, facts.quantities,
                        (checks.quantity, checks.quantity_base), show_quantity,
                        lambda g: _number_clue(g.get("v")))  # fmt: skip
    out += _fact_misses(gold, gold.events, facts.events, (checks.event, checks.event_base),
                        show_event, _stage_clue)  # fmt: skip
    return out


def format_misses(misses: Sequence[Miss]) -> list[str]:
    lines: list[str] = []
    for m in misses:
        lines.append(f"  {m.kind} {m.article}: {m.fact}")
        if m.sentence:
            lines.append(f"      | {m.sentence}")
    return lines
