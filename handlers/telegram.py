"""The Telegram adapter (python-telegram-bot 22, asyncio): updates in → `Command` → command
core → `Reply` out, and `TelegramChannel` for alerts (handlers/telegram_channel.py).

Running it inside Tripwire's own event loop (`tripwire run`), long polling by default:

    app = build_application(token, core, base_url=settings.telegram_base_url)
    async with running_bot(app):
        sender = Sender(store, {"telegram": TelegramChannel(app.bot)})
        ...

`Application.run_polling()` cannot be used there: it owns the loop. `TelegramAdapter` wraps
the same steps behind start()/stop() for bot.runtime.

Webhook mode. Telegram POSTs each update to a public HTTPS URL with the header
X-Telegram-Bot-Api-Secret-Token; the bot registers that URL and secret with setWebhook:

    route = web.post(WEBHOOK_PATH, webhook_handler(app, secret))  # on Tripwire's aiohttp app
    async with running_bot(app, webhook=WebhookConfig(url="https://bot.example.org"
                                                      + WEBHOOK_PATH, secret_token=secret)):
        ...

This needs no extra dependency and shares the HTTP server that serves Slack. A bot run on its
own can instead call `app.run_webhook(listen="0.0.0.0", port=8443, url_path="telegram",
webhook_url="https://bot.example.org/telegram", secret_token=secret)`, which needs the
`python-telegram-bot[webhooks]` extra (tornado).

TELEGRAM_BASE_URL points the bot at a self-hosted Bot API server (or a test stand-in):
"http://host:8081" or "http://host:8081/bot" both work; files go to .../file/bot.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeAlias

import structlog
from aiohttp import web
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import texts
from handlers.commands import CommandCore
from handlers.telegram_channel import ChatPacer, TelegramChannel
from handlers.telegram_updates import AdminCache, Context, UpdateBridge

__all__ = [
    "ALLOWED_UPDATES",
    "WEBHOOK_PATH",
    "AdminCache",
    "ChatPacer",
    "TelegramAdapter",
    "TelegramApp",
    "TelegramChannel",
    "WebhookConfig",
    "api_urls",
    "build_application",
    "running_bot",
    "start_bot",
    "stop_bot",
    "webhook_handler",
]

log = structlog.get_logger(__name__)

TelegramApp: TypeAlias = Application[Any, Any, Any, Any, Any, Any]

ALLOWED_UPDATES = ["message", "channel_post", "callback_query"]
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
POLL_TIMEOUT = 30
CONCURRENT_UPDATES = 32


def api_urls(base_url: str) -> tuple[str, str]:
    """TELEGRAM_BASE_URL → (base_url, base_file_url) as PTB wants them (it appends the token)."""
    root = base_url.rstrip("/")
    root = root.removesuffix("/bot")
    return f"{root}/bot", f"{root}/file/bot"


async def _log_error(update: object, context: Context) -> None:
    # The update id, not the update: messages are users' words and stay out of the logs.
    log.error(
        "telegram.update_failed",
        update_id=update.update_id if isinstance(update, Update) else None,
        exc_info=context.error,
    )


def _menu(core: CommandCore) -> list[BotCommand]:
    return [
        BotCommand(name, texts.TELEGRAM_COMMAND_MENU.get(name, texts.TELEGRAM_COMMAND_MENU_DEFAULT))
        for name in core.commands
    ]


def build_application(
    token: str, core: CommandCore, *, base_url: str | None = None, rate_limit: bool = True
) -> TelegramApp:
    """A PTB Application wired to `core`: every core command (and unknown ones, which get
    the core's answer), channel posts, and the alert buttons. Not started."""
    menu = _menu(core)

    async def register_menu(app: TelegramApp) -> None:
        try:
            await app.bot.set_my_commands(menu)
        except TelegramError as err:
            # The menu is a convenience: typed commands work without it.
            log.warning("telegram.menu_not_set", error=str(err))

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(token)
        .post_init(register_menu)
        .concurrent_updates(CONCURRENT_UPDATES)
    )
    if base_url:
        api, files = api_urls(base_url)
        builder = builder.base_url(api).base_file_url(files)
    if rate_limit:
        # 30/s as an even pace (a 1-message bucket refilled every 1/30 s): Telegram counts
        # over short windows and answers a burst of 30 with 429s.
        builder = builder.rate_limiter(
            AIORateLimiter(
                overall_max_rate=1,
                overall_time_period=1 / 30,
                group_max_rate=20,
                group_time_period=60,
                max_retries=0,
            )
        )
    app: TelegramApp = builder.build()
    bridge = UpdateBridge(core, AdminCache())
    fresh = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST  # not edits
    app.add_handler(CommandHandler(list(core.commands), bridge.on_command, filters=fresh))
    app.add_handler(MessageHandler(filters.COMMAND & fresh, bridge.on_unknown))
    app.add_handler(CallbackQueryHandler(bridge.on_button, pattern=r"^tw:"))
    app.add_error_handler(_log_error)
    return app


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    """`url`: the public HTTPS address Telegram posts to (ending in the route that serves
    `webhook_handler`); `secret_token`: 1–256 of A–Z a–z 0–9 _ -, echoed in each request."""

    url: str
    secret_token: str
    drop_pending_updates: bool = False


def webhook_handler(
    app: TelegramApp, secret_token: str
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """An aiohttp handler that feeds Telegram's webhook POSTs into `app`. Requests without
    the right secret header are refused: anyone can find the URL, only Telegram has it."""
    expected = secret_token.encode()

    async def handle(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, app.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return web.Response(status=400)
        if update is None:
            return web.Response(status=400)
        await app.update_queue.put(update)
        return web.Response(status=200)

    return handle


async def start_bot(
    app: TelegramApp, *, webhook: WebhookConfig | None = None, poll_timeout: int = POLL_TIMEOUT
) -> None:
    """initialize → post_init → polling (or setWebhook) → start, as run_polling would. On
    failure (a wrong token, the API unreachable) whatever was started is stopped again."""
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        if webhook is None:
            assert app.updater is not None
            await app.updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)
        else:
            await app.bot.set_webhook(
                url=webhook.url,
                secret_token=webhook.secret_token,
                allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=webhook.drop_pending_updates,
            )
        await app.start()
    except BaseException:
        await stop_bot(app)
        raise


async def stop_bot(app: TelegramApp) -> None:
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    if app.post_stop is not None:
        await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


@asynccontextmanager
async def running_bot(
    app: TelegramApp, *, webhook: WebhookConfig | None = None, poll_timeout: int = POLL_TIMEOUT
) -> AsyncIterator[TelegramApp]:
    await start_bot(app, webhook=webhook, poll_timeout=poll_timeout)
    try:
        yield app
    finally:
        await stop_bot(app)


class TelegramAdapter:
    """bot.runtime's Adapter: the running application plus its alert channel."""

    def __init__(
        self,
        token: str,
        core: CommandCore,
        *,
        base_url: str | None = None,
        webhook: WebhookConfig | None = None,
    ) -> None:
        self.app = build_application(token, core, base_url=base_url)
        self.channel = TelegramChannel(self.app.bot)
        self._webhook = webhook

    def webhook_route(self) -> web.RouteDef | None:
        """The route to add to the service's aiohttp app in webhook mode."""
        if self._webhook is None:
            return None
        return web.post(WEBHOOK_PATH, webhook_handler(self.app, self._webhook.secret_token))

    async def start(self) -> None:
        await start_bot(self.app, webhook=self._webhook)

    async def stop(self) -> None:
        await stop_bot(self.app)
