"""Tripwire: news-feed alerts for what analysts watch — the pure core, the service and the CLI."""
