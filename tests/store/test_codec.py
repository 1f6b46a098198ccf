from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.errors import StoreError
from bot.models import Alert, Claimant, Event, Facts, Mention, Modality, Quantity, Stage
from bot.store.codec import (
    alert_from_json,
    alert_to_json,
    fact_from_json,
    fact_to_json,
    facts_from_json,
    facts_to_json,
)

MENTION = Mention(entity="Freedonia", surface="Freedonian", start=4, end=14)
QUANTITY = Quantity(
    value=3000.0,
    value_max=4500.0,
    unit="soldiers",
    measure="troop",
    category="troop",
    qualifier="between",
    actor="Freedonia",
    claimant=Claimant(name="Sylvania's defence ministry", entities=("Sylvania",), denied=True),
    sentence="Between 3,000 and 4,500 Freedonian soldiers crossed the river, the ministry said.",
    start=8,
    end=41,
    modality=Modality.PLANNED,
    whole_force=False,
)
VAGUE = Quantity(
    value=None,
    value_max=None,
    unit="drones",
    measure="drone",
    category="drone",
    qualifier=None,
    actor=None,
    claimant=None,
    sentence="Hundreds of drones were launched overnight.",
    start=0,
    end=18,
    modality=Modality.BACKGROUND,
    whole_force=True,
)
EVENT = Event(
    type="treaty",
    stage=Stage.IN_FORCE,
    parties=("Freedonia", "Sylvania"),
    date="March 3",
    claimant=Claimant(name="the foreign office"),
    sentence="The Freedonia–Sylvania border pact enters into force on March 3.",
    start=4,
    end=36,
    body="Upper Chamber",
    modality=Modality.REPORTED,
)


@pytest.mark.parametrize("fact", [MENTION, QUANTITY, VAGUE, EVENT])
def test_fact_round_trip_survives_json_text(fact: Mention | Quantity | Event) -> None:
    # Through real JSON text, as the database stores it: tuples become lists and back.
    assert fact_from_json(json.loads(json.dumps(fact_to_json(fact)))) == fact


def test_facts_round_trip_keeps_each_group_in_order() -> None:
    facts = Facts(
        mentions=(MENTION, Mention(entity="Sylvania", surface="Sylvania", start=20, end=28)),
        quantities=(QUANTITY, VAGUE),
        events=(EVENT,),
    )
    encoded = facts_to_json(facts)
    assert [d["kind"] for d in encoded] == [
        "mention",
        "mention",
        "quantity",
        "quantity",
        "event",
    ]
    assert facts_from_json(json.loads(json.dumps(encoded))) == facts


def test_enums_are_stored_as_their_values() -> None:
    encoded = fact_to_json(EVENT)
    assert encoded["stage"] == "in force"
    assert encoded["modality"] == "reported"
    assert fact_to_json(QUANTITY)["claimant"] == {
        "name": "Sylvania's defence ministry",
        "entities": ["Sylvania"],
        "denied": True,
    }


@pytest.mark.parametrize(
    "published",
    [
        datetime(2025, 3, 3, 9, 30, tzinfo=UTC),
        datetime(2025, 3, 3, 12, 0, tzinfo=timezone(timedelta(hours=3))),
        None,
    ],
)
def test_alert_round_trip(published: datetime | None) -> None:
    alert = Alert(
        headline="Freedonia troops: 3,000–4,500",
        quote="Between 3,000 and 4,500 Freedonian soldiers crossed the river.",
        claimant="Sylvania's defence ministry",
        outlet="Harbour Gazette",
        published=published,
        link="https://news.example/freedonia-river",
        change="up from 1,200 on 1 March",
        watch="Freedonia troops >= 1000",
    )
    encoded = json.loads(json.dumps(alert_to_json(alert)))
    decoded = alert_from_json(encoded)
    assert decoded == alert
    if published is not None:
        assert encoded["published"] == published.isoformat()
        assert decoded.published is not None
        assert decoded.published.utcoffset() == published.utcoffset()


def test_alert_defaults_for_optional_fields() -> None:
    alert = Alert(
        headline="h", quote="q", claimant=None, outlet="", published=None, link="https://x.example"
    )
    assert alert_from_json(alert_to_json(alert)) == alert


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"kind": "rumour"}, "unknown kind"),
        ({"kind": "mention", "entity": "X", "surface": "X", "start": "4", "end": 5}, "'start'"),
        ({**fact_to_json(EVENT), "stage": "drafted"}, "'stage'"),
        ({**fact_to_json(QUANTITY), "value": "many"}, "'value'"),
        ([1, 2], "must be an object"),
    ],
)
def test_malformed_fact_payloads_raise_store_error(payload: object, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        fact_from_json(payload)


def test_malformed_alert_date_raises_store_error() -> None:
    bad = {**alert_to_json(Alert("h", "q", None, "o", None, "l")), "published": "yesterday"}
    with pytest.raises(StoreError, match="ISO-8601"):
        alert_from_json(bad)
