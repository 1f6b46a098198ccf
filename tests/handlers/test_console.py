"""The console adapter: plain-text alerts and typed commands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.models import Alert
from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from handlers.commands import CommandCore
from handlers.console import CONSOLE_CHAT, format_alert, run_console_command

ALERT = Alert("North Korea · troops · about 12,000", "Pyongyang has sent about 12,000 troops.",
              "Ukraine's GUR", "Example Wire", datetime(2024, 10, 24, tzinfo=UTC),
              "https://wire.example/a", "up from 3,000 reported on Oct 23 by the U.S.",
              "North Korea troops >= 10000")


def test_format_alert() -> None:
    text = format_alert(ALERT, watch_number=1)
    assert text.splitlines() == [
        "▶ North Korea · troops · about 12,000",
        "  “Pyongyang has sent about 12,000 troops.”",
        "  per Ukraine's GUR",
        "  up from 3,000 reported on Oct 23 by the U.S.",
        "  Example Wire · 2024-10-24 · https://wire.example/a",
        "  Watch #1: North Korea troops >= 10000",
    ]


@pytest.fixture
async def core(sqlite_url: str) -> AsyncIterator[CommandCore]:
    store = await Store.open(sqlite_url)
    yield CommandCore(store, default_gazetteer())
    await store.close()


async def test_typed_commands(core: CommandCore) -> None:
    reply = await run_console_command(core, "/watch North Korea")
    assert reply.ok and "#1" in reply.text
    assert "North Korea" in (await run_console_command(core, "/watches", CONSOLE_CHAT)).text
    nonsense = await run_console_command(core, "watch without a slash")
    assert not nonsense.ok

