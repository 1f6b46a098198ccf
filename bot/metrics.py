"""Prometheus metrics: one registry per process, fed from the reports the roles already get
(PollReport from the poller, SendReport from the sender) and sampled queue depths.

Counters are process-local; Prometheus sums them across the scheduler, the workers and the
sender, each of which serves its own /metrics (handlers/http.py).
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from bot.delivery import ReconcileReport, SendReport
from bot.poll_report import PollReport

# Delivery latency runs from a poll's seconds to a digest's day.
LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.feeds_polled = Counter("tripwire_feeds_polled", "Feed fetches attempted.",
                                    registry=r)
        self.fetch_errors = Counter("tripwire_fetch_errors", "Feed fetches that failed.",
                                    registry=r)
        self.articles = Counter("tripwire_articles", "New articles stored.", registry=r)
        self.facts = Counter("tripwire_facts", "Facts extracted from new articles.", registry=r)
        self.matches = Counter("tripwire_matches", "Rule matches on new articles.", registry=r)
        self.alerts_queued = Counter("tripwire_alerts_queued", "Alerts put in the outbox.",
                                     registry=r)
        self.alerts_sent = Counter("tripwire_alerts_sent", "Alerts the platform accepted.",
                                   ["platform"], registry=r)
        self.alerts_failed = Counter(
            "tripwire_alerts_failed", "Delivery attempts that failed: retry or dead.",
            ["platform", "outcome"], registry=r,
        )
        self.reconciled = Counter(
            "tripwire_alerts_reconciled",
            "In-doubt alerts settled after a crash: delivered, released or unknown.",
            ["platform", "outcome"], registry=r,
        )
        self.delivery_latency = Histogram(
            "tripwire_delivery_latency_seconds", "From queueing to the platform's acceptance.",
            ["platform"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.queue_depth = Gauge(
            "tripwire_queue_depth", "Waiting work: outbox rows pending, broker tasks queued.",
            ["queue"], registry=r,
        )
        self.leader = Gauge("tripwire_leader", "1 while this process leads its role.",
                            ["role"], registry=r)
        self.tasks = Counter("tripwire_tasks", "Worker tasks run, by task and outcome.",
                             ["task", "outcome"], registry=r)

    def record_poll(self, report: PollReport) -> None:
        self.feeds_polled.inc(report.feeds)
        self.fetch_errors.inc(report.failed)
        self.articles.inc(report.articles)
        self.facts.inc(report.facts)
        self.matches.inc(report.matches)
        self.alerts_queued.inc(report.queued)

    def record_send(self, platform: str, report: SendReport) -> None:
        self.alerts_sent.labels(platform).inc(report.sent)
        self.alerts_failed.labels(platform, "retry").inc(report.retried)
        self.alerts_failed.labels(platform, "dead").inc(report.dead)
        for seconds in report.latencies:
            self.delivery_latency.labels(platform).observe(seconds)

    def record_reconcile(self, platform: str, report: ReconcileReport) -> None:
        self.reconciled.labels(platform, "delivered").inc(report.delivered)
        self.reconciled.labels(platform, "released").inc(report.released)
        self.reconciled.labels(platform, "unknown").inc(report.unknown)

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type, for the /metrics endpoint."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
