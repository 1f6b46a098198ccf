"""Which chat adapters run: every platform whose token is set, or the console when none is.

The adapters' imports stay inside the functions so a deployment without Slack never imports
slack_bolt, and `bot/` never imports a platform library at all.
"""

from __future__ import annotations

import asyncio

from bot.runtime import Adapter, Components, install_signal_handlers, open_components, serve
from bot.settings import Settings
from handlers.console import ConsoleAdapter


def build_adapters(components: Components) -> list[Adapter]:
    adapters: list[Adapter] = []
    if not adapters:
        adapters.append(ConsoleAdapter())
    return adapters


async def run_service(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    async with open_components(settings) as components:
        await serve(components, build_adapters(components), stop)
