"""The Slack adapter: slash commands, @mentions and alert buttons in, ephemeral replies out.

A thin translator around slack-bolt's AsyncApp: each Slack request becomes a neutral
`Command` for the command core, and the core's `Reply` goes back escaped, visible only to the
person who asked. A reply with an image (a trend chart) is uploaded to the channel as a file
(files_upload_v2) with its caption; if Slack refuses the upload, the text answer goes instead.
The chat is the Slack channel (a DM is "private", anything else "group").

Who counts as an admin in a channel: a user id the operator listed (`admins`), or a workspace
admin or owner according to `users.info` (cached). Slack has no per-channel admin role in its
API, so in shared channels everyone else may read but not change watches unless the operator
lets everyone edit (the command core's `everyone_can_edit`).

Two ways in, both started and stopped inside a running event loop:
- HTTP: `AppServer` serves bolt at `/slack/events` (bolt checks the signature and refuses
  stale timestamps) and `/healthz`.
- Socket Mode: `SlackSocketMode` with an app-level token (xapp-…), no public URL needed.
Alerts go out through `SlackChannel` (handlers/slack_channel.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot import texts
from bot.errors import ConfigError
from handlers.commands import ChatRef, Command, CommandCore, Reply
from handlers.http import AppServer, HttpServer
from handlers.slack_blocks import ACTION_MUTE, ACTION_UNWATCH, escape
from handlers.slack_channel import PLATFORM, SlackChannel, make_client

__all__ = [
    "EVENTS_PATH",
    "HEALTH_PATH",
    "SLASH_COMMANDS",
    "AdminCheck",
    "SlackAdapter",
    "SlackChannel",
    "SlackSocketMode",
    "build_app",
    "chat_ref",
    "events_route",
    "make_web_app",
    "mention_command",
]

log = structlog.get_logger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
UMBRELLA = "tripwire"
SLASH_COMMANDS = ("watch", "watches", "unwatch", "feeds", "addfeed", "removefeed", "help",
                  "start", "backtest", "trend", "digest", "timezone", "quiet", "mute", "unmute")
CHART_FILENAME = "tripwire-trend.png"
ADMIN_CACHE_SECONDS = 600.0
_LEADING_MENTIONS = re.compile(r"^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>)+\s*")
_BUTTON_COMMANDS = {ACTION_UNWATCH: "unwatch", ACTION_MUTE: "mutewatch"}


def chat_ref(channel_id: str, title: str | None = None) -> ChatRef:
    # Slack spells direct-message conversation ids with a leading D.
    kind = "private" if channel_id.startswith("D") else "group"
    return ChatRef(platform=PLATFORM, chat_id=channel_id, kind=kind, title=title)


def split_words(text: str) -> tuple[str, str] | None:
    """'watch North Korea' or '/watch North Korea' → ('watch', 'North Korea')."""
    parts = text.strip().split(maxsplit=1)
    if not parts:
        return None
    name = parts[0].lstrip("/").lower()
    if not name:
        return None
    return name, parts[1].strip() if len(parts) > 1 else ""


def mention_command(text: str) -> tuple[str, str] | None:
    """'<@UBOT> watch North Korea' → ('watch', 'North Korea'); None when only the mention."""
    return split_words(_LEADING_MENTIONS.sub("", text, count=1))


class AdminCheck:
    """Operator-listed users, else Slack workspace admins and owners (users.info, cached)."""

    def __init__(self, admins: frozenset[str] = frozenset(), *,
                 ttl: float = ADMIN_CACHE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._admins = admins
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[bool, float]] = {}

    async def is_admin(self, client: AsyncWebClient, user_id: str) -> bool:
        if user_id in self._admins:
            return True
        cached = self._cache.get(user_id)
        now = self._clock()
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            response = await client.users_info(user=user_id)
        except (SlackApiError, SlackClientError, OSError, TimeoutError) as err:
            # Not knowing means not an admin; it is not cached so the next try asks again.
            log.warning("slack.users_info_failed", user=user_id, error=str(err))
            return False
        user = response.get("user") or {}
        admin = bool(user.get("is_admin") or user.get("is_owner")
                     or user.get("is_primary_owner"))
        self._cache[user_id] = (admin, now + self._ttl)
        return admin


class _Bridge:
    """Slack payloads → Command → core → escaped ephemeral reply."""

    def __init__(self, core: CommandCore, admins: AdminCheck) -> None:
        self._core = core
        self._admins = admins

    async def ask(self, client: AsyncWebClient, chat: ChatRef, user_id: str, name: str,
                  args: str) -> Reply:
        is_admin = chat.kind == "private" or await self._admins.is_admin(client, user_id)
        command = Command(chat=chat, user_id=user_id, name=name, args=args, is_admin=is_admin)
        try:
            return await self._core.handle(command)
        except Exception:  # a failing command must still answer the person who typed it
            log.exception("slack.command_failed", command=name, chat=chat.chat_id)
            return Reply(texts.INTERNAL_ERROR, ok=False)

    async def run(self, client: AsyncWebClient, chat: ChatRef, user_id: str, name: str,
                  args: str) -> str:
        return escape((await self.ask(client, chat, user_id, name, args)).text)

    @staticmethod
    async def upload(client: AsyncWebClient, chat: ChatRef, reply: Reply,
                     thread_ts: str | None = None) -> bool:
        """Post the reply's image to the channel; False when Slack would not take it."""
        if reply.image is None:
            return False
        caption = reply.caption if reply.caption is not None else reply.text
        try:
            await client.files_upload_v2(
                channel=chat.chat_id, content=reply.image, filename=CHART_FILENAME,
                title=caption[:250], initial_comment=escape(caption), thread_ts=thread_ts,
            )
        except (SlackApiError, SlackClientError, OSError, TimeoutError) as err:
            # Often the bot is not in the channel (a slash command works there anyway).
            log.warning("slack.upload_failed", channel=chat.chat_id, error=str(err))
            return False
        return True

    async def slash(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond,
                    client: AsyncWebClient) -> None:
        await ack()
        name = str(command.get("command", "")).lstrip("/").lower()
        args = str(command.get("text") or "").strip()
        if name == UMBRELLA:
            name, args = split_words(args) or ("help", "")
        title = command.get("channel_name")
        # Slack names every DM "directmessage" (and old private groups "privategroup").
        if title in {"directmessage", "privategroup"}:
            title = None
        chat = chat_ref(str(command["channel_id"]), title)
        reply = await self.ask(client, chat, str(command["user_id"]), name, args)
        if await self.upload(client, chat, reply):
            return
        await respond(text=escape(reply.text), response_type="ephemeral")

    async def mention(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        channel = str(event["channel"])
        user_id = str(event.get("user") or "")
        if not user_id:  # another bot's post: nobody to answer privately
            return
        parsed = mention_command(str(event.get("text", "")))
        thread = str(event["thread_ts"]) if event.get("thread_ts") else None
        if parsed is None:
            text = escape(texts.SLACK_MENTION_EMPTY)
        else:
            reply = await self.ask(client, chat_ref(channel), user_id, *parsed)
            if await self.upload(client, chat_ref(channel), reply, thread):
                return
            text = escape(reply.text)
        kwargs: dict[str, Any] = {}
        if thread is not None:
            kwargs["thread_ts"] = thread
        try:
            await client.chat_postEphemeral(channel=channel, user=user_id, text=text, **kwargs)
        except SlackApiError as err:
            # The command already ran; only the private answer got lost.
            log.warning("slack.ephemeral_failed", channel=channel,
                        error=err.response.get("error"))

    async def button(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any],
                     respond: AsyncRespond, client: AsyncWebClient) -> None:
        await ack()
        name = _BUTTON_COMMANDS[str(action["action_id"])]
        channel = (body.get("channel") or {}).get("id") or body["container"]["channel_id"]
        user_id = str(body["user"]["id"])
        text = await self.run(client, chat_ref(str(channel)), user_id, name,
                              str(action.get("value", "")))
        await respond(text=text, response_type="ephemeral", replace_original=False)


def build_app(core: CommandCore, *, token: str, signing_secret: str,
              api_url: str | None = None, admins: frozenset[str] = frozenset(),
              client: AsyncWebClient | None = None) -> AsyncApp:
    """The bolt app for one workspace. `admins` are Slack user ids the operator trusts in every
    channel; `client` overrides the Web API client built from `token` and `api_url`."""
    if not signing_secret:
        # Without it bolt would accept requests signed with an empty key from anyone.
        raise ConfigError("SLACK_SIGNING_SECRET is required for the Slack adapter")
    web_client = client or make_client(token, api_url)
    app = AsyncApp(client=web_client, signing_secret=signing_secret, name="tripwire")
    bridge = _Bridge(core, AdminCheck(admins))
    for name in (*SLASH_COMMANDS, UMBRELLA):
        app.command(f"/{name}")(bridge.slash)
    app.event("app_mention")(bridge.mention)
    app.action(ACTION_UNWATCH)(bridge.button)
    app.action(ACTION_MUTE)(bridge.button)
    return app


def events_route(app: AsyncApp, *, path: str = EVENTS_PATH) -> web.RouteDef:
    """The Slack endpoint as a route for any aiohttp application (handlers/http.py)."""

    async def events(request: web.Request) -> web.Response:
        response = await app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(response)

    return web.post(path, events)


def make_web_app(app: AsyncApp, *, path: str = EVENTS_PATH) -> web.Application:
    """An aiohttp application with the Slack endpoint and a health check, for a Slack
    listener on its own; a Tripwire service mounts `events_route` on its shared server."""

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = web.Application()
    web_app.add_routes([events_route(app, path=path)])
    web_app.router.add_get(HEALTH_PATH, healthz)
    return web_app


class SlackSocketMode:
    """A Socket Mode connection (app-level xapp- token): Slack pushes requests over a
    WebSocket that the bot opens, so no public URL is needed."""

    def __init__(self, app: AsyncApp, app_token: str) -> None:
        if not app_token:
            raise ConfigError("SLACK_APP_TOKEN is required for Socket Mode")
        self._app = app
        self._token = app_token
        self._handler: AsyncSocketModeHandler | None = None

    async def start(self) -> None:
        # The handler's client opens an aiohttp session at construction: it needs the loop.
        self._handler = AsyncSocketModeHandler(self._app, self._token)
        connect: Callable[[], Awaitable[None]] = self._handler.connect_async
        await connect()

    async def stop(self) -> None:
        if self._handler is not None:
            close: Callable[[], Awaitable[None]] = self._handler.close_async
            self._handler = None
            await close()


class SlackAdapter:
    """Slack at run time (bot.runtime.Adapter): Socket Mode when an app token is given, else
    the HTTP endpoint; alerts through `channel`.

    Given the process's shared `server` (handlers.http.HttpServer), the adapter only adds its
    route there and the owner starts it; without one it serves HTTP on host:port itself."""

    def __init__(self, core: CommandCore, *, token: str, signing_secret: str,
                 api_url: str | None = None, app_token: str | None = None,
                 host: str = "127.0.0.1", port: int = 8080,
                 admins: frozenset[str] = frozenset(),
                 server: HttpServer | None = None) -> None:
        self.app = build_app(core, token=token, signing_secret=signing_secret,
                             api_url=api_url, admins=admins)
        self.channel = SlackChannel.connect(token, api_url)
        self.web_app: web.Application | None = None
        self._shared: HttpServer | None = None
        self._listener: SlackSocketMode | AppServer | None
        if app_token:
            self._listener = SlackSocketMode(self.app, app_token)
        elif server is not None:
            server.add_routes([events_route(self.app)])
            self._shared = server
            self._listener = None
        else:
            self.web_app = make_web_app(self.app)
            self._listener = AppServer(self.web_app, host=host, port=port)

    @property
    def http(self) -> AppServer | HttpServer | None:
        if self._shared is not None:
            return self._shared
        return self._listener if isinstance(self._listener, AppServer) else None

    async def start(self) -> None:
        if self._listener is not None:
            await self._listener.start()
        log.info("slack.started", mode="http" if self.http else "socket_mode")

    async def stop(self) -> None:
        if self._listener is not None:
            await self._listener.stop()
