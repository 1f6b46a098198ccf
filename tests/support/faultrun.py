"""Real Tripwire role processes for end-to-end and fault tests: a `Cluster` of
`python -m bot scheduler|worker|sender` subprocesses on a PostgreSQL database and a Redis
database, and `run_trial`, which queues a batch of alerts through them while killing workers
and the sender with SIGKILL at random points, restarting each at once.

Used by tests/test_faults.py (a few trials) and benchmarks/fault_trials.py (many).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fixtures.feeds import item, rss
from sqlalchemy import text

from bot.store import Store
from support.feedserver import FeedServer
from support.slackapi import SlackStandIn

REPO = Path(__file__).resolve().parents[2]
SECRET = "fault-test-signing-secret"
WATCH = "North Korea"
# Filler words keep every article its own story (near-duplicates would merge into one).
_VOCABULARY = (
    "harbour", "ledger", "violet", "engine", "quarry", "saddle", "lantern", "meadow", "cobalt",
    "thistle", "orchard", "ferry", "granite", "pulley", "walnut", "canyon", "ember", "falcon",
    "jigsaw", "kettle", "lagoon", "marble", "nectar", "oyster", "pepper", "quiver", "raven",
    "spindle", "tundra", "umber", "velvet", "willow", "yarrow", "zephyr", "anchor", "basalt",
    "cinder", "dagger", "estuary", "fjord", "glacier", "hollow", "indigo", "juniper", "kelp",
    "lichen", "mosaic", "nimbus", "obsidian", "prairie", "quartz", "rampart", "sorrel", "tallow",
    "upland", "vortex", "wicker", "xylem", "yonder", "zinnia",
)


def role_env(database_url: str, redis_url: str, slack: SlackStandIn, *,
             visibility: float = 5.0) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k.upper() not in {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"}}
    env.update({
        "TRIPWIRE_DATABASE_URL": database_url,
        "TRIPWIRE_REDIS_URL": redis_url,
        "TRIPWIRE_SPACY_MODEL": "blank",
        "TRIPWIRE_HTTP_PORT": "0",
        "TRIPWIRE_SCHEDULER_TICK": "0.5",
        "TRIPWIRE_SEND_INTERVAL": "0.2",
        "TRIPWIRE_LEADER_RETRY": "0.5",
        "TRIPWIRE_TASK_VISIBILITY_TIMEOUT": str(visibility),
        "TRIPWIRE_POLL_INTERVAL": "3600",
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "PYTHONPATH": str(REPO),
    })
    return env


class Cluster:
    """Named role processes; logs go to `log_dir/<name>.log` (appended across restarts)."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self._env = env
        self._log_dir = log_dir
        self._roles: dict[str, str] = {}
        self._offsets: dict[str, int] = {}
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, role: str | None = None) -> None:
        role = role or self._roles[name]
        self._roles[name] = role
        path = self._log_dir / f"{name}.log"
        self._offsets[name] = path.stat().st_size if path.exists() else 0
        log = open(path, "ab")  # noqa: SIM115 - the child owns it
        self.procs[name] = subprocess.Popen(
            [sys.executable, "-m", "bot", role], env=self._env, cwd=str(self._log_dir),
            stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()

    def kill(self, name: str) -> None:
        proc = self.procs[name]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(10)

    def restart(self, name: str) -> None:
        self.kill(name)
        self.start(name)

    def stop(self, timeout: float = 30.0) -> dict[str, int | None]:
        """SIGTERM every process and wait; returns each exit status (None = had to kill)."""
        codes: dict[str, int | None] = {}
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for name, proc in self.procs.items():
            try:
                codes[name] = proc.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                codes[name] = None
        return codes

    def log(self, name: str) -> str:
        path = self._log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def busy(self, name: str) -> bool:
        """A worker holds a task: its current life logged more tasks received than ended."""
        path = self._log_dir / f"{name}.log"
        if not path.exists():
            return False
        with open(path, "rb") as f:
            f.seek(self._offsets.get(name, 0))
            text = f.read().decode(errors="replace")
        received = text.count("] received")
        ended = sum(text.count(word) for word in ("] succeeded in", "] retry:", "] raised"))
        return received > ended


@dataclass
class TrialOutcome:
    expected: int
    delivered: int = 0
    duplicates: int = 0
    missing: int = 0
    kills: Counter[str] = field(default_factory=Counter)
    # Kills that landed while the victim had work in hand: a claimed row for the sender,
    # articles not yet processed for a worker.
    kills_in_flight: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def exactly_once(self) -> bool:
        return self.delivered == self.expected and self.duplicates == 0 and self.missing == 0


def article_items(trial: int, count: int, rng: random.Random) -> list[str]:
    out = []
    for n in range(count):
        filler = " ".join(rng.sample(_VOCABULARY, 30))
        out.append(item(
            f"t{trial}-a{n}", f"Report {trial}.{n} on North Korea",
            f"<p>North Korea was named in report {trial}.{n} about {filler}.</p>",
        ))
    return out


async def _scalar(store: Store, sql: str, **params: object) -> int:
    async with store.engine.connect() as conn:
        return int((await conn.execute(text(sql), params)).scalar_one())


async def _in_flight(store: Store, cluster: Cluster, victim: str) -> bool:
    if victim == "sender":
        return await _scalar(store, "SELECT count(*) FROM outbox WHERE status = 'sending'") > 0
    return cluster.busy(victim)


async def run_trial(store: Store, slack: SlackStandIn, feeds: FeedServer, cluster: Cluster,
                    rng: random.Random, *, trial: int, articles: int = 6, chats: int = 3,
                    kills: int = 4, victims: tuple[str, ...] = ("worker-0", "worker-1", "sender"),
                    within: float = 150.0) -> TrialOutcome:
    """Queue `articles` × `chats` alerts, kill random victims `kills` times while they run,
    wait until every alert is settled, and count what reached the stand-in."""
    started = time.monotonic()
    channels = [f"CT{trial:03d}X{i}" for i in range(chats)]
    for channel in channels:
        await store.upsert_chat(("slack", channel), kind="group")
        await store.add_watch(("slack", channel), WATCH)
    # The articles come in waves, one new feed before each kill, so workers have work in
    # hand when they are struck.
    items = article_items(trial, articles, rng)
    waves = [items[n :: kills + 1] for n in range(kills + 1)]

    async def add_wave(n: int) -> None:
        if n < len(waves) and waves[n]:
            path = f"/trial-{trial}-{n}.xml"
            feeds.serve(path, rss(*waves[n]))
            await store.add_feed(feeds.url(path))

    await add_wave(0)
    outcome = TrialOutcome(expected=articles * chats)
    # The trial's own articles only: an article of an earlier trial whose processing a kill
    # cut short is redone later (processed_at still NULL), and the redo also matches the
    # watches of chats created since; that is no double delivery of this trial's alerts.
    trial_rows = (
        "FROM outbox o JOIN chats c ON c.id = o.chat_id JOIN articles a ON a.id = o.article_id "
        "WHERE c.platform = 'slack' AND c.chat_id LIKE :prefix AND a.url LIKE :own"
    )
    prefix = f"CT{trial:03d}X%"
    own = f"%/t{trial}-a%"

    async def settled() -> bool:
        total = await _scalar(store, f"SELECT count(*) {trial_rows}", prefix=prefix, own=own)
        sent = await _scalar(store, f"SELECT count(*) {trial_rows} AND o.status = 'sent'",
                             prefix=prefix, own=own)
        return total == outcome.expected and sent == total

    for wave in range(kills):
        await add_wave(wave + 1)
        victim = rng.choice(victims)
        # Wait (briefly) for the victim to have work in hand, then strike at a random moment.
        for _ in range(300):
            if await _in_flight(store, cluster, victim) or await settled():
                break
            await asyncio.sleep(0.01)
        # Somewhere inside the task or the post (a worker's task can be short).
        await asyncio.sleep(rng.uniform(0.0, 0.3 if victim == "sender" else 0.05))
        outcome.kills_in_flight[victim] += await _in_flight(store, cluster, victim)
        cluster.restart(victim)
        outcome.kills[victim] += 1
        await asyncio.sleep(rng.uniform(0.5, 2.0))
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:  # the database is the one to ask: no event to await
        if await settled():
            break
        await asyncio.sleep(0.25)
    await asyncio.sleep(0.5)  # a late double would show up now
    async with store.engine.connect() as conn:
        ids = [r[0] for r in await conn.execute(text(f"SELECT o.id {trial_rows}"),
                                                {"prefix": prefix, "own": own})]
    for outbox_id in ids:
        posts = len(slack.posts_carrying(outbox_id))
        outcome.delivered += posts >= 1
        outcome.duplicates += max(posts - 1, 0)
        outcome.missing += posts == 0
    outcome.missing += outcome.expected - len(ids)
    for channel in channels:
        await store.set_chat_active(("slack", channel), False)
    outcome.seconds = time.monotonic() - started
    return outcome
