"""Which chat adapters run: every platform whose token is set, or the console when none is.

The adapters' imports stay inside the functions so a deployment without Slack never imports
slack_bolt, and `bot/` never imports a platform library at all.
"""

from __future__ import annotations

import asyncio

from bot.errors import ConfigError
from bot.runtime import Adapter, Components, install_signal_handlers, open_components, serve
from bot.settings import Settings
from handlers.console import ConsoleAdapter


def build_adapters(components: Components) -> list[Adapter]:
    settings = components.settings
    adapters: list[Adapter] = []
    if settings.telegram_bot_token:
        from handlers.telegram import TelegramAdapter

        adapters.append(
            TelegramAdapter(settings.telegram_bot_token, components.core,
                            base_url=settings.telegram_base_url)
        )
    if settings.slack_bot_token:
        from handlers.slack import SlackAdapter

        if not settings.slack_signing_secret:
            raise ConfigError("SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not")
        adapters.append(
            SlackAdapter(components.core, token=settings.slack_bot_token,
                         signing_secret=settings.slack_signing_secret,
                         api_url=settings.slack_api_url, app_token=settings.slack_app_token,
                         host=settings.http_host, port=settings.http_port)
        )
    if not adapters:
        adapters.append(ConsoleAdapter())
    return adapters


async def run_service(settings: Settings, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    install_signal_handlers(stop)
    async with open_components(settings) as components:
        await serve(components, build_adapters(components), stop)
