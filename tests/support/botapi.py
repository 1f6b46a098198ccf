"""A stand-in Telegram Bot API server (aiohttp.web on 127.0.0.1, ephemeral port).

The real python-telegram-bot client talks HTTP to it exactly as it would to Telegram, so the
adapter is tested end to end without the internet. Usage (tests/ is on sys.path through
tests/conftest.py):

    from support.botapi import BotApiServer

    async with BotApiServer() as api:
        app = build_application(api.token, core, base_url=api.root_url)
        api.push_command("/start", chat_id=42, user_id=42)
        [reply] = await api.wait_sent(1)

What it does like Telegram:
- getMe (with `username`), deleteWebhook / setWebhook, getUpdates (honours `offset`, holds the
  request up to `timeout` and wakes as soon as an update is queued, answers at once for
  timeout=0 and when the server closes), sendMessage, editMessageText, setMyCommands,
  answerCallbackQuery, getChatMember (admins from `admins`), sendPhoto (multipart upload: the
  file's bytes are kept in `photos`; a caption over 1024 characters gives 400).
- sendMessage with parse_mode=HTML checks the markup the way Telegram does: an unknown or
  unbalanced tag or a bad entity gives 400 "can't parse entities"; text longer than 4096
  characters after parsing (UTF-16 units) gives 400 "message is too long".
- Failures on demand: `fail_next(...)` (e.g. 429 with parameters.retry_after, 5xx),
  `block(chat_id)` (403), `forget(chat_id)` (400 chat not found).
- With `limits=Limits(...)` it enforces the flood limits itself (overall per second, one
  message per chat per interval) and answers 429 with retry_after, counting the rejections.
Every accepted message is in `sent`; every call in `calls`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import socket
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from aiohttp import ClientSession, web

__all__ = ["BotApiServer", "Limits", "SentMessage", "SentPhoto", "html_error", "parse_html"]

MAX_TEXT = 4096
MAX_CAPTION = 1024
_JSON_FIELDS = {
    "reply_markup",
    "link_preview_options",
    "allowed_updates",
    "commands",
    "scope",
    "entities",
    "reply_parameters",
}
_INT_FIELDS = {"user_id", "offset", "limit", "timeout", "message_id", "message_thread_id"}
# The tags Telegram's HTML parse mode knows; anything else is refused.
_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_HREF = re.compile(r"""^\s*href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))\s*$""")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(source: str) -> tuple[str, list[tuple[str, str | None]]]:
    """Telegram-style HTML → (plain text, [(tag, href) in opening order]). Raises ValueError
    with Telegram's wording when the markup would be refused."""
    plain: list[str] = []
    tags: list[tuple[str, str | None]] = []
    stack: list[str] = []
    pos = 0
    while pos < len(source):
        ch = source[pos]
        if ch == "<":
            m = _TAG.match(source, pos)
            if m is None:
                raise ValueError(f"Unsupported start tag at byte offset {pos}")
            closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
            if name not in _TAGS:
                raise ValueError(f'Unsupported start tag "{name}" at byte offset {pos}')
            if closing:
                if not stack or stack[-1] != name:
                    raise ValueError(
                        f'Unmatched end tag at byte offset {pos}, expected "</{stack[-1]}>"'
                        if stack
                        else f"Unexpected end tag at byte offset {pos}"
                    )
                stack.pop()
            else:
                href = None
                if name == "a":
                    hm = _HREF.match(attrs)
                    if hm is None:
                        raise ValueError(f"Bad <a> attributes at byte offset {pos}")
                    href = unescape(next(g for g in hm.groups() if g is not None))
                elif attrs.strip() and name not in {
                    "span",
                    "pre",
                    "code",
                    "blockquote",
                    "tg-emoji",
                }:
                    raise ValueError(f'Unsupported attribute in "{name}" at byte offset {pos}')
                stack.append(name)
                tags.append((name, href))
            pos = m.end()
        elif ch == "&":
            em = _ENTITY.match(source, pos)
            if em is None:
                raise ValueError(f"Unsupported HTML entity at byte offset {pos}")
            plain.append(unescape(em.group()))
            pos = em.end()
        elif ch == ">":
            raise ValueError(f"Unexpected > at byte offset {pos}")
        else:
            plain.append(ch)
            pos += 1
    if stack:
        raise ValueError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(plain), tags


def html_error(source: str) -> str | None:
    """None when Telegram would accept `source` in HTML mode, else its complaint."""
    try:
        parse_html(source)
    except ValueError as err:
        return str(err)
    return None


@dataclass(frozen=True, slots=True)
class SentMessage:
    chat_id: str
    message_id: int
    text: str
    """As sent: the HTML source when parse_mode is HTML."""
    plain: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    message_thread_id: int | None
    link_preview_options: dict[str, Any] | None
    at: float

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of the inline keyboard, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


@dataclass(frozen=True, slots=True)
class SentPhoto:
    chat_id: str
    message_id: int
    data: bytes
    """The uploaded file as received."""
    filename: str | None
    caption: str | None
    message_thread_id: int | None


@dataclass
class Limits:
    """Flood limits to enforce: `overall` messages per `period` seconds across all chats,
    one message per `per_chat_interval` seconds in each chat. `slack` absorbs scheduling
    jitter so a client pacing exactly at the limit is not refused."""

    overall: int = 30
    period: float = 1.0
    per_chat_interval: float = 1.0
    slack: float = 0.05
    retry_after: int = 1


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    chat_id: str | None
    times: int
    skip: int


class _Reject(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass
class BotApiServer:
    token: str = "123456:TEST-TOKEN"
    username: str = "tripwire_test_bot"
    bot_id: int = 123456
    admins: dict[str, set[str]] = field(default_factory=dict)
    """chat id → user ids that getChatMember reports as administrators."""
    limits: Limits | None = None
    sent: list[SentMessage] = field(default_factory=list)
    photos: list[SentPhoto] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    callback_answers: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    my_commands: list[dict[str, Any]] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    rejected_429: int = 0
    blocked: set[str] = field(default_factory=set)
    missing: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._next_update = itertools.count(1)
        self._next_message = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._closing = False
        self._failures: list[_Failure] = []
        self._recent: deque[float] = deque()
        self._last_in_chat: dict[str, float] = {}
        self._chat_types: dict[str, str] = {}
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    # --- lifetime ----------------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()

    async def close(self) -> None:
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def root_url(self) -> str:
        """What TELEGRAM_BASE_URL would hold: the adapter appends /bot and /file/bot."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/bot"

    # --- scripting -----------------------------------------------------------------------------
    def fail_next(
        self,
        status: int,
        description: str,
        *,
        method: str = "sendMessage",
        retry_after: int | None = None,
        chat_id: int | str | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """After `after` more calls of `method` (to `chat_id`, if given) have gone through,
        the next `times` ones fail this way."""
        self._failures.append(
            _Failure(
                method,
                status,
                description,
                retry_after,
                None if chat_id is None else str(chat_id),
                times,
                after,
            )
        )

    def block(self, chat_id: int | str) -> None:
        """The user blocked the bot (or it was kicked): 403 from now on."""
        self.blocked.add(str(chat_id))

    def forget(self, chat_id: int | str) -> None:
        """The chat no longer exists: 400 "chat not found"."""
        self.missing.add(str(chat_id))

    def messages_to(self, chat_id: int | str) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == str(chat_id)]

    # --- injecting updates -------------------------------------------------------------------
    def push_update(self, update: dict[str, Any]) -> int:
        update_id = next(self._next_update)
        self._updates.append({"update_id": update_id, **update})
        task = asyncio.get_running_loop().create_task(self._notify())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return update_id

    def chat(
        self,
        chat_id: int,
        chat_type: str = "private",
        *,
        title: str | None = None,
        forum: bool = False,
    ) -> dict[str, Any]:
        self._chat_types[str(chat_id)] = chat_type
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = title or "Reader"
        else:
            chat["title"] = title or f"chat {chat_id}"
        if forum:
            chat["is_forum"] = True
        return chat

    def push_command(
        self,
        text: str,
        *,
        chat_id: int,
        user_id: int | None = None,
        chat_type: str = "private",
        thread_id: int | None = None,
        title: str | None = None,
    ) -> int:
        """A user's message starting with a command, carrying the bot_command entity Telegram
        adds. In a channel (`chat_type="channel"`) it arrives as a channel_post."""
        command = text.split()[0] if text.split() else text
        message: dict[str, Any] = {
            "message_id": next(self._next_message),
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type, title=title, forum=thread_id is not None),
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": _utf16(command)}],
        }
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if chat_type == "channel":
            message["sender_chat"] = message["chat"]
            return self.push_update({"channel_post": message})
        uid = user_id if user_id is not None else chat_id
        message["from"] = {"id": uid, "is_bot": False, "first_name": f"User {uid}"}
        return self.push_update({"message": message})

    def push_callback(self, data: str, *, message: SentMessage, user_id: int) -> int:
        """A press on an inline button under `message`."""
        chat_id = int(message.chat_id)
        chat_type = self._chat_types.get(message.chat_id, "private" if chat_id > 0 else "group")
        body: dict[str, Any] = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": self.chat(chat_id, chat_type),
            "from": self._me(),
            "text": message.plain,
        }
        if message.message_thread_id is not None:
            body["message_thread_id"] = message.message_thread_id
            body["is_topic_message"] = True
        return self.push_update(
            {
                "callback_query": {
                    "id": str(next(self._next_message)),
                    "from": {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"},
                    "chat_instance": f"ci{chat_id}",
                    "data": data,
                    "message": body,
                }
            }
        )

    async def post_to_webhook(self, update: dict[str, Any], *, secret: str | None = None) -> int:
        """POST an update to the registered webhook, as Telegram would; the HTTP status."""
        assert self.webhook is not None, "no webhook registered"
        token = self.webhook.get("secret_token") if secret is None else secret
        headers = {"X-Telegram-Bot-Api-Secret-Token": token} if token else {}
        payload = {"update_id": next(self._next_update), **update}
        async with (
            ClientSession() as session,
            session.post(self.webhook["url"], json=payload, headers=headers) as response,
        ):
            return response.status

    # --- waiting -----------------------------------------------------------------------------
    async def wait_until(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(predicate)

    async def wait_sent(
        self, count: int, *, chat_id: int | str | None = None, within: float = 5.0
    ) -> list[SentMessage]:
        """Wait until `count` messages were accepted (to `chat_id`); the latest `count`."""

        def chosen() -> list[SentMessage]:
            return self.sent if chat_id is None else self.messages_to(chat_id)

        await self.wait_until(lambda: len(chosen()) >= count, within)
        return chosen()[-count:]

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # --- the API -----------------------------------------------------------------------------
    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append((method, params))
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        try:
            self._scripted(method, params)
            result = await handler(params)
        except _Reject as rej:
            return _error(rej.status, rej.description, rej.retry_after)
        finally:
            await self._notify()
        return web.json_response({"ok": True, "result": result})

    def _scripted(self, method: str, params: dict[str, Any]) -> None:
        chat = str(params.get("chat_id", ""))
        for failure in self._failures:
            if failure.method == method and failure.chat_id in {None, chat}:
                if failure.skip > 0:
                    failure.skip -= 1
                    continue
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                if failure.status == 429:
                    self.rejected_429 += 1
                raise _Reject(failure.status, failure.description, failure.retry_after)

    def _me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Tripwire",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getMe(self, params: dict[str, Any]) -> Any:
        return self._me()

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates") in {True, "true", "True"}:
            self._updates.clear()
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    async def _api_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        # An offset confirms every update before it: Telegram forgets them.
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout > 0 and not self._closing:
            async with self._changed:
                try:
                    async with asyncio.timeout(timeout):
                        await self._changed.wait_for(lambda: bool(self._updates) or self._closing)
                except TimeoutError:
                    pass
        return self._updates[:limit]

    async def _api_sendMessage(self, params: dict[str, Any]) -> Any:
        chat = str(params["chat_id"])
        if chat in self.blocked:
            raise _Reject(403, "Forbidden: bot was blocked by the user")
        if chat in self.missing:
            raise _Reject(400, "Bad Request: chat not found")
        self._flood_check(chat)
        text = str(params.get("text", ""))
        parse_mode = params.get("parse_mode")
        plain = self._parsed(text, parse_mode)
        now = time.monotonic()
        message_id = next(self._next_message)
        thread = params.get("message_thread_id")
        self.sent.append(
            SentMessage(
                chat_id=chat,
                message_id=message_id,
                text=text,
                plain=plain,
                parse_mode=parse_mode,
                reply_markup=params.get("reply_markup"),
                message_thread_id=thread,
                link_preview_options=params.get("link_preview_options"),
                at=now,
            )
        )
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "text": plain,
            "chat": self._chat_json(chat),
            "from": self._me(),
        }
        if thread is not None:
            message["message_thread_id"] = thread
            message["is_topic_message"] = True
        return message

    async def _api_sendPhoto(self, params: dict[str, Any]) -> Any:
        chat = str(params["chat_id"])
        if chat in self.blocked:
            raise _Reject(403, "Forbidden: bot was blocked by the user")
        upload = params.get("photo")
        if not isinstance(upload, _Upload) or not upload.data:
            # A file id or URL would be fetched by Telegram; the stand-in takes uploads only.
            raise _Reject(400, "Bad Request: there is no photo in the request")
        caption = params.get("caption")
        if caption is not None and _utf16(str(caption)) > MAX_CAPTION:
            raise _Reject(400, "Bad Request: message caption is too long")
        message_id = next(self._next_message)
        thread = params.get("message_thread_id")
        self.photos.append(SentPhoto(chat, message_id, upload.data, upload.filename,
                                     caption, thread))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat_json(chat),
            "from": self._me(),
            "photo": [{"file_id": f"photo{message_id}", "file_unique_id": f"u{message_id}",
                       "width": 1000, "height": 560}],
        }
        if caption is not None:
            message["caption"] = caption
        return message

    async def _api_editMessageText(self, params: dict[str, Any]) -> Any:
        text = str(params.get("text", ""))
        plain = self._parsed(text, params.get("parse_mode"))
        self.edits.append(params)
        return {
            "message_id": params.get("message_id"),
            "date": int(time.time()),
            "text": plain,
            "chat": self._chat_json(str(params["chat_id"])),
        }

    async def _api_setMyCommands(self, params: dict[str, Any]) -> Any:
        self.my_commands = list(params.get("commands") or [])
        return True

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _Reject(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_answers.append(params)
        return True

    async def _api_getChatMember(self, params: dict[str, Any]) -> Any:
        chat, user = str(params["chat_id"]), str(params["user_id"])
        person = {"id": int(user), "is_bot": False, "first_name": f"User {user}"}
        if user not in self.admins.get(chat, set()):
            return {"status": "member", "user": person}
        rights = dict.fromkeys(
            (
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ),
            False,
        )
        return {"status": "administrator", "user": person, **rights}

    def _chat_json(self, chat: str) -> dict[str, Any]:
        numeric = int(chat) if re.fullmatch(r"-?\d+", chat) else 0
        kind = self._chat_types.get(chat, "private" if numeric > 0 else "group")
        return {"id": numeric, "type": kind}

    def _parsed(self, text: str, parse_mode: Any) -> str:
        plain = text
        if parse_mode == "HTML":
            try:
                plain, _ = parse_html(text)
            except ValueError as err:
                raise _Reject(400, f"Bad Request: can't parse entities: {err}") from err
        if not plain.strip():
            raise _Reject(400, "Bad Request: message text is empty")
        if _utf16(plain) > MAX_TEXT:
            raise _Reject(400, "Bad Request: message is too long")
        return plain

    def _flood_check(self, chat: str) -> None:
        if self.limits is None:
            return
        lim, now = self.limits, time.monotonic()
        while self._recent and self._recent[0] <= now - lim.period + lim.slack:
            self._recent.popleft()
        last = self._last_in_chat.get(chat)
        too_fast_here = last is not None and now - last < lim.per_chat_interval - lim.slack
        if len(self._recent) >= lim.overall or too_fast_here:
            self.rejected_429 += 1
            raise _Reject(429, f"Too Many Requests: retry after {lim.retry_after}", lim.retry_after)
        self._recent.append(now)
        self._last_in_chat[chat] = now


@dataclass(frozen=True, slots=True)
class _Upload:
    filename: str | None
    data: bytes


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    raw = dict(request.query)
    params: dict[str, Any] = {}
    if request.can_read_body:
        form = await request.post()
        raw.update({k: v for k, v in form.items() if isinstance(v, str)})
        for key, value in form.items():
            if isinstance(value, web.FileField):
                params[key] = _Upload(value.filename, value.file.read())
    for key, value in raw.items():
        if key in _JSON_FIELDS:
            params[key] = json.loads(value)
        elif key in _INT_FIELDS or (key == "chat_id" and re.fullmatch(r"-?\d+", value)):
            params[key] = int(value)
        else:
            params[key] = value
    return params
