"""A stand-in Slack: Web API, response_url recorder and Socket Mode, on 127.0.0.1.

The REAL slack-sdk / slack-bolt clients talk to it over HTTP and WebSocket, so tests exercise
the same wire as production. Usage (tests/ is on sys.path through tests/conftest.py):

    from support.slackapi import SlackStandIn

    async with SlackStandIn() as slack:
        client = AsyncWebClient(token=slack.bot_token, base_url=slack.api_url)
        ...
        await slack.wait_until(lambda: len(slack.messages) == 1)

Web API (POST or GET /api/<method>, Bearer token; JSON, form or query arguments alike):
- `auth.test`: the bot's identity (`bot_user_id`, `team_id`).
- `chat.postMessage`: recorded in `messages` and answered `{ok, channel, ts, message}`.
  `rate_limit(times, retry_after)` makes the next `times` calls answer HTTP 429 with a
  Retry-After header and error `ratelimited`; `fail_channel(channel, error)` makes every post
  to that channel answer `{"ok": false, "error": error}`.
  A post's `metadata` (event_type / event_payload) is kept with the message. `answer_delay`
  (seconds) holds each accepted post's answer back after recording it: the window where a
  sender has been accepted but does not know it yet.
- `conversations.history` / `conversations.replies` (`ts` = thread parent): the channel's
  recorded posts, newest first, from `oldest` on, paged by `limit` and `cursor`; metadata
  only with `include_all_metadata`.
- `chat.postEphemeral`: recorded in `ephemerals`.
- `users.info`: from `users` (id → user object); unknown ids get `user_not_found`.
- `apps.connections.open` (app token only): a ws:// URL on this server.
- File uploads as `files_upload_v2` makes them: `files.getUploadURLExternal` hands out an
  upload URL on this server, the raw bytes are POSTed there, and `files.completeUploadExternal`
  shares them to `channel_id`; each shared file lands in `files`. `fail_uploads(error)` makes
  the completion answer that error (e.g. "not_in_channel").
Anything else answers `unknown_method`. Every call lands in `calls`.

`response_url(name)` is a URL whose POSTs are recorded in `responses` (what bolt's `respond`
sends). Socket Mode: the WebSocket greets with `hello`; `push(type, payload)` sends an envelope
to the connected client and `wait_ack(envelope_id)` returns the client's ack.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import WSMsgType, web

__all__ = ["ApiCall", "Response", "SharedFile", "SlackStandIn", "signed_headers"]

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"


def signed_headers(
    secret: str,
    body: bytes,
    *,
    timestamp: int | None = None,
    content_type: str = "application/x-www-form-urlencoded",
) -> dict[str, str]:
    """The headers Slack sends with a request: v0 HMAC-SHA256 over the exact body bytes."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": content_type,
    }


@dataclass(frozen=True, slots=True)
class ApiCall:
    method: str
    args: dict[str, Any]
    token: str | None
    status: int


@dataclass(frozen=True, slots=True)
class Response:
    """A POST to a response_url: `name` is the last path segment."""

    name: str
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SharedFile:
    file_id: str
    channel: str
    filename: str
    title: str | None
    data: bytes
    initial_comment: str | None
    thread_ts: str | None


@dataclass
class _Faults:
    rate_limited: int = 0
    retry_after: int = 1
    channels: dict[str, str] = field(default_factory=dict)
    uploads: str | None = None


class SlackStandIn:
    def __init__(
        self,
        *,
        bot_token: str = BOT_TOKEN,
        app_token: str = APP_TOKEN,
        bot_user_id: str = "UTRIPWIRE",
        team_id: str = "T0TEST",
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.bot_user_id = bot_user_id
        self.team_id = team_id
        self.calls: list[ApiCall] = []
        self.messages: list[dict[str, Any]] = []
        self.ephemerals: list[dict[str, Any]] = []
        self.responses: list[Response] = []
        self.acks: list[dict[str, Any]] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.files: list[SharedFile] = []
        self._pending_files: dict[str, dict[str, Any]] = {}
        self._file_ids = itertools.count(1)
        self._faults = _Faults()
        self.answer_delay = 0.0
        self._ts = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._port = 0

    # --- lifecycle ---------------------------------------------------------------------------
    async def __aenter__(self) -> SlackStandIn:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond/{name}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/link", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- addresses and knobs -----------------------------------------------------------------
    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_url(self) -> str:
        return f"{self.root}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.root}/respond/{name}"

    def rate_limit(self, times: int, retry_after: int = 1) -> None:
        self._faults.rate_limited = times
        self._faults.retry_after = retry_after

    def fail_channel(self, channel: str, error: str) -> None:
        self._faults.channels[channel] = error

    def fail_uploads(self, error: str | None) -> None:
        self._faults.uploads = error

    def add_user(self, user_id: str, *, admin: bool = False, owner: bool = False) -> None:
        self.users[user_id] = {
            "id": user_id,
            "name": user_id.lower(),
            "is_admin": admin,
            "is_owner": owner,
            "is_bot": False,
        }

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method]

    # --- waiting -----------------------------------------------------------------------------
    async def wait_until(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        """Wait until `predicate()` holds; bolt answers first and acts afterwards."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(predicate)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- Web API -----------------------------------------------------------------------------
    @staticmethod
    async def _arguments(request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    args.update(body)
            else:
                args.update((await request.post()).items())
        return args

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._arguments(request)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
        status, headers, body = self._answer(method, args, token)
        self.calls.append(ApiCall(method, args, token, status))
        await self._notify()
        if method == "chat.postMessage" and body.get("ok") and self.answer_delay > 0:
            await asyncio.sleep(self.answer_delay)
        return web.json_response(body, status=status, headers=headers)

    def _answer(
        self, method: str, args: dict[str, Any], token: str | None
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        if token is None:
            return 200, {}, {"ok": False, "error": "not_authed"}
        wanted = self.app_token if method == "apps.connections.open" else self.bot_token
        if token != wanted:
            return 200, {}, {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return (
                200,
                {},
                {
                    "ok": True,
                    "url": "https://tripwire-test.slack.com/",
                    "team": "Tripwire Test",
                    "user": "tripwire",
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "bot_id": "BTRIPWIRE",
                    "is_enterprise_install": False,
                },
            )
        if method == "chat.postMessage":
            return self._post_message(args)
        if method in {"conversations.history", "conversations.replies"}:
            return self._history(args, replies=method == "conversations.replies")
        if method == "chat.postEphemeral":
            self.ephemerals.append(args)
            return 200, {}, {"ok": True, "message_ts": self._next_ts()}
        if method == "users.info":
            user = self.users.get(str(args.get("user")))
            if user is None:
                return 200, {}, {"ok": False, "error": "user_not_found"}
            return 200, {}, {"ok": True, "user": user}
        if method == "files.getUploadURLExternal":
            filename, length = args.get("filename"), str(args.get("length") or "")
            if not filename or not length.isdigit():
                return 200, {}, {"ok": False, "error": "invalid_arguments"}
            file_id = f"F{next(self._file_ids):08d}"
            self._pending_files[file_id] = {"filename": str(filename), "length": int(length),
                                            "data": None}
            return 200, {}, {"ok": True, "file_id": file_id,
                             "upload_url": f"{self.root}/upload/{file_id}"}
        if method == "files.completeUploadExternal":
            return self._complete_upload(args)
        if method == "apps.connections.open":
            return (
                200,
                {},
                {"ok": True, "url": f"ws://127.0.0.1:{self._port}/link?ticket={uuid.uuid4()}"},
            )
        return 200, {}, {"ok": False, "error": "unknown_method"}

    def _post_message(self, args: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        if self._faults.rate_limited > 0:
            self._faults.rate_limited -= 1
            return (
                429,
                {"Retry-After": str(self._faults.retry_after)},
                {"ok": False, "error": "ratelimited"},
            )
        channel = str(args.get("channel", ""))
        if not channel:
            return 200, {}, {"ok": False, "error": "channel_not_found"}
        error = self._faults.channels.get(channel)
        if error is not None:
            return 200, {}, {"ok": False, "error": error}
        ts = self._next_ts()
        self.messages.append({**args, "ts": ts})
        message = {
            "type": "message",
            "text": args.get("text", ""),
            "ts": ts,
            "bot_id": "BTRIPWIRE",
            "blocks": args.get("blocks", []),
        }
        return 200, {}, {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _history(self, args: dict[str, Any], *,
                 replies: bool) -> tuple[int, dict[str, str], dict[str, Any]]:
        channel = str(args.get("channel", ""))
        parent = str(args.get("ts", "")) if replies else None
        oldest = float(args.get("oldest") or 0)
        limit = int(args.get("limit") or 100)
        start = int(args.get("cursor") or 0)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in {"1", "true"}
        found = [
            m for m in reversed(self.messages)
            if m.get("channel") == channel and float(m["ts"]) >= oldest
            and (m.get("thread_ts") == parent if replies else not m.get("thread_ts"))
        ]
        page = found[start : start + limit]
        out = []
        for m in page:
            item: dict[str, Any] = {"type": "message", "ts": m["ts"], "text": m.get("text", "")}
            if with_metadata and isinstance(m.get("metadata"), dict):
                item["metadata"] = m["metadata"]
            out.append(item)
        more = start + limit < len(found)
        body: dict[str, Any] = {"ok": True, "messages": out, "has_more": more}
        if more:
            body["response_metadata"] = {"next_cursor": str(start + limit)}
        return 200, {}, body

    def posts_carrying(self, outbox_id: int) -> list[dict[str, Any]]:
        """Accepted posts whose metadata names this outbox id."""
        return [
            m for m in self.messages
            if isinstance(m.get("metadata"), dict)
            and str((m["metadata"].get("event_payload") or {}).get("outbox_id")) == str(outbox_id)
        ]

    def _complete_upload(self, args: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any]]:
        if self._faults.uploads is not None:
            return 200, {}, {"ok": False, "error": self._faults.uploads}
        try:
            items = json.loads(str(args.get("files", "")))
        except ValueError:
            return 200, {}, {"ok": False, "error": "invalid_arguments"}
        done: list[dict[str, Any]] = []
        for item in items:
            pending = self._pending_files.pop(str(item.get("id")), None)
            if pending is None or pending["data"] is None:
                return 200, {}, {"ok": False, "error": "file_not_found"}
            channel = args.get("channel_id")
            if channel:
                self.files.append(SharedFile(
                    str(item["id"]), str(channel), pending["filename"], item.get("title"),
                    pending["data"], args.get("initial_comment"), args.get("thread_ts"),
                ))
            done.append({"id": item["id"], "title": item.get("title"),
                         "name": pending["filename"]})
        return 200, {}, {"ok": True, "files": done}

    async def _upload(self, request: web.Request) -> web.Response:
        pending = self._pending_files.get(request.match_info["file_id"])
        data = await request.read()
        if pending is None or len(data) != pending["length"]:
            return web.Response(status=400, text="bad upload")
        pending["data"] = data
        await self._notify()
        return web.Response(text="OK - " + str(len(data)))

    def _next_ts(self) -> str:
        # Real seconds (history lookups filter by `oldest`), a counter for uniqueness.
        return f"{int(time.time())}.{next(self._ts):06d}"

    # --- response_url ------------------------------------------------------------------------
    async def _respond(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.responses.append(Response(request.match_info["name"], body))
        await self._notify()
        return web.Response(text="ok")

    # --- Socket Mode -------------------------------------------------------------------------
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": 1,
                "connection_info": {"app_id": "A0TEST"},
                "debug_info": {"host": "standin", "approximate_connection_time": 3600},
            }
        )
        await self._notify()
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self.acks.append(json.loads(msg.data))
                    await self._notify()
        finally:
            self._sockets.remove(ws)
            await self._notify()
        return ws

    @property
    def connected(self) -> bool:
        return bool(self._sockets)

    async def push(
        self, type_: str, payload: dict[str, Any], *, accepts_response_payload: bool = True
    ) -> str:
        """Send an envelope to the newest Socket Mode connection; returns its envelope_id."""
        if not self._sockets:
            raise RuntimeError("no Socket Mode client is connected")
        envelope_id = str(uuid.uuid4())
        await self._sockets[-1].send_json(
            {
                "envelope_id": envelope_id,
                "type": type_,
                "payload": payload,
                "accepts_response_payload": accepts_response_payload,
                "retry_attempt": 0,
                "retry_reason": "",
            }
        )
        return envelope_id

    async def wait_ack(self, envelope_id: str, within: float = 5.0) -> dict[str, Any]:
        await self.wait_until(
            lambda: any(a.get("envelope_id") == envelope_id for a in self.acks), within
        )
        return next(a for a in self.acks if a.get("envelope_id") == envelope_id)
