"""JSON shapes for facts and alerts as they sit in `facts.payload` and `outbox.payload`.

Plain dicts of JSON types only (datetimes as ISO-8601 strings, tuples as lists, enums as their
values) so both SQLite and PostgreSQL store them as-is, and the `*_from_json` functions rebuild
equal dataclasses. Stored JSON outlives code, so reading is strict: a malformed payload raises
StoreError naming what is wrong rather than producing a half-built value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from bot.errors import StoreError
from bot.models import Alert, Claimant, Event, Facts, Mention, Modality, Quantity, Stage
from bot.store.records import FACT_EVENT, FACT_MENTION, FACT_QUANTITY

Fact = Mention | Quantity | Event
_E = TypeVar("_E", Modality, Stage)


def claimant_to_json(claimant: Claimant | None) -> dict[str, Any] | None:
    if claimant is None:
        return None
    return {"name": claimant.name, "entities": list(claimant.entities), "denied": claimant.denied}


def claimant_from_json(data: Any) -> Claimant | None:
    if data is None:
        return None
    d = _mapping(data, "claimant")
    return Claimant(
        name=_str(d, "name"),
        entities=tuple(_str_list(d, "entities")),
        denied=bool(d.get("denied", False)),
    )


def fact_to_json(fact: Fact) -> dict[str, Any]:
    if isinstance(fact, Mention):
        return {
            "kind": FACT_MENTION,
            "entity": fact.entity,
            "surface": fact.surface,
            "start": fact.start,
            "end": fact.end,
        }
    if isinstance(fact, Quantity):
        return {
            "kind": FACT_QUANTITY,
            "value": fact.value,
            "value_max": fact.value_max,
            "unit": fact.unit,
            "measure": fact.measure,
            "category": fact.category,
            "qualifier": fact.qualifier,
            "actor": fact.actor,
            "claimant": claimant_to_json(fact.claimant),
            "sentence": fact.sentence,
            "start": fact.start,
            "end": fact.end,
            "modality": fact.modality.value,
            "whole_force": fact.whole_force,
        }
    return {
        "kind": FACT_EVENT,
        "type": fact.type,
        "stage": fact.stage.value,
        "parties": list(fact.parties),
        "date": fact.date,
        "claimant": claimant_to_json(fact.claimant),
        "sentence": fact.sentence,
        "start": fact.start,
        "end": fact.end,
        "body": fact.body,
        "modality": fact.modality.value,
    }


def fact_from_json(data: Any) -> Fact:
    d = _mapping(data, "fact")
    kind = d.get("kind")
    if kind == FACT_MENTION:
        return Mention(
            entity=_str(d, "entity"),
            surface=_str(d, "surface"),
            start=_int(d, "start"),
            end=_int(d, "end"),
        )
    if kind == FACT_QUANTITY:
        return Quantity(
            value=_opt_float(d, "value"),
            value_max=_opt_float(d, "value_max"),
            unit=_str(d, "unit"),
            measure=_str(d, "measure"),
            category=_str(d, "category"),
            qualifier=_opt_str(d, "qualifier"),
            actor=_opt_str(d, "actor"),
            claimant=claimant_from_json(d.get("claimant")),
            sentence=_str(d, "sentence"),
            start=_int(d, "start"),
            end=_int(d, "end"),
            modality=_enum(Modality, d, "modality", Modality.REPORTED),
            whole_force=bool(d.get("whole_force", False)),
        )
    if kind == FACT_EVENT:
        return Event(
            type=_str(d, "type"),
            stage=_enum(Stage, d, "stage", None),
            parties=tuple(_str_list(d, "parties")),
            date=_opt_str(d, "date"),
            claimant=claimant_from_json(d.get("claimant")),
            sentence=_str(d, "sentence"),
            start=_int(d, "start"),
            end=_int(d, "end"),
            body=_opt_str(d, "body"),
            modality=_enum(Modality, d, "modality", Modality.REPORTED),
        )
    raise StoreError(f"fact payload has unknown kind {kind!r}")


def all_facts(facts: Facts) -> list[Fact]:
    """Mentions, then quantities, then events."""
    return [*facts.mentions, *facts.quantities, *facts.events]


def facts_to_json(facts: Facts) -> list[dict[str, Any]]:
    """Mentions, then quantities, then events: the order `facts_from_json` restores."""
    return [fact_to_json(f) for f in all_facts(facts)]


def facts_from_json(data: Any) -> Facts:
    if not isinstance(data, list):
        raise StoreError(f"facts payload must be a list, got {type(data).__name__}")
    decoded = [fact_from_json(item) for item in data]
    return Facts(
        mentions=tuple(f for f in decoded if isinstance(f, Mention)),
        quantities=tuple(f for f in decoded if isinstance(f, Quantity)),
        events=tuple(f for f in decoded if isinstance(f, Event)),
    )


def alert_to_json(alert: Alert) -> dict[str, Any]:
    return {
        "headline": alert.headline,
        "quote": alert.quote,
        "claimant": alert.claimant,
        "outlet": alert.outlet,
        "published": alert.published.isoformat() if alert.published is not None else None,
        "link": alert.link,
        "change": alert.change,
        "watch": alert.watch,
    }


def alert_from_json(data: Any) -> Alert:
    d = _mapping(data, "alert")
    published = _opt_str(d, "published")
    try:
        when = datetime.fromisoformat(published) if published is not None else None
    except ValueError as exc:
        raise StoreError(f"alert payload: 'published' is not ISO-8601: {published!r}") from exc
    return Alert(
        headline=_str(d, "headline"),
        quote=_str(d, "quote"),
        claimant=_opt_str(d, "claimant"),
        outlet=_str(d, "outlet"),
        published=when,
        link=_str(d, "link"),
        change=_opt_str(d, "change"),
        watch=str(d.get("watch", "")),
    )


def _mapping(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise StoreError(f"{what} payload must be an object, got {type(data).__name__}")
    return data


def _str(d: Mapping[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str):
        raise StoreError(f"payload field {key!r} must be a string, got {value!r}")
    return value


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    return None if d.get(key) is None else _str(d, key)


def _int(d: Mapping[str, Any], key: str) -> int:
    value = d.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise StoreError(f"payload field {key!r} must be an integer, got {value!r}")
    return value


def _opt_float(d: Mapping[str, Any], key: str) -> float | None:
    value = d.get(key)
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise StoreError(f"payload field {key!r} must be a number, got {value!r}")
    return float(value)


def _str_list(d: Mapping[str, Any], key: str) -> list[str]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StoreError(f"payload field {key!r} must be a list of strings, got {value!r}")
    return value


def _enum(cls: type[_E], d: Mapping[str, Any], key: str, default: _E | None) -> _E:
    raw = d.get(key)
    if raw is None and default is not None:
        return default
    if not isinstance(raw, str):
        raise StoreError(f"payload field {key!r} must be a string, got {raw!r}")
    try:
        return cls(raw)
    except ValueError as exc:
        raise StoreError(f"payload field {key!r}: {raw!r} is not a {cls.__name__}") from exc
