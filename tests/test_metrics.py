"""Prometheus counters fed from the reports the roles already get."""

from __future__ import annotations

from bot.delivery import ReconcileReport, SendReport
from bot.metrics import Metrics
from bot.poll_report import PollReport


def _value(metrics: Metrics, name: str, labels: dict[str, str] | None = None) -> float | None:
    return metrics.registry.get_sample_value(name, labels or {})


def test_a_poll_report_moves_the_pipeline_counters() -> None:
    metrics = Metrics()
    metrics.record_poll(PollReport(feeds=3, failed=1, articles=5, facts=12, matches=4,
                                   queued=2))
    metrics.record_poll(PollReport(feeds=1, articles=1, facts=2))
    assert _value(metrics, "tripwire_feeds_polled_total") == 4
    assert _value(metrics, "tripwire_fetch_errors_total") == 1
    assert _value(metrics, "tripwire_articles_total") == 6
    assert _value(metrics, "tripwire_facts_total") == 14
    assert _value(metrics, "tripwire_matches_total") == 4
    assert _value(metrics, "tripwire_alerts_queued_total") == 2


def test_a_send_report_counts_outcomes_and_latency_per_platform() -> None:
    metrics = Metrics()
    metrics.record_send("telegram", SendReport(sent=2, retried=1, dead=1,
                                               latencies=[0.3, 40.0]))
    labels = {"platform": "telegram"}
    assert _value(metrics, "tripwire_alerts_sent_total", labels) == 2
    assert _value(metrics, "tripwire_alerts_failed_total", {**labels, "outcome": "retry"}) == 1
    assert _value(metrics, "tripwire_alerts_failed_total", {**labels, "outcome": "dead"}) == 1
    assert _value(metrics, "tripwire_delivery_latency_seconds_count", labels) == 2
    assert _value(metrics, "tripwire_delivery_latency_seconds_bucket",
                  {**labels, "le": "0.5"}) == 1
    assert _value(metrics, "tripwire_delivery_latency_seconds_sum", labels) == 40.3
    assert _value(metrics, "tripwire_alerts_sent_total", {"platform": "slack"}) is None


def test_reconcile_outcomes_and_the_exposition() -> None:
    metrics = Metrics()
    metrics.record_reconcile("slack", ReconcileReport(delivered=2, released=1, unknown=0))
    metrics.queue_depth.labels("outbox").set(7)
    body, content_type = metrics.render()
    assert content_type.startswith("text/plain")
    text = body.decode()
    assert 'tripwire_alerts_reconciled_total{outcome="delivered",platform="slack"} 2.0' in text
    assert 'tripwire_queue_depth{queue="outbox"} 7.0' in text
    # Two processes' registries never share a counter.
    assert _value(Metrics(), "tripwire_alerts_reconciled_total",
                  {"outcome": "delivered", "platform": "slack"}) is None
