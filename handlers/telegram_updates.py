"""Telegram updates → neutral Commands → the command core → replies (the inbound half of the
adapter; handlers/telegram.py wires these callbacks into the Application).

Commands and channel posts become `Command`; presses on an alert's buttons
(`tw:unwatch:N`, `tw:mute:N`) become `unwatch N` / `mutewatch N`. A reply carrying an image
(a trend chart) goes out as a photo with its caption. Whether the sender may
change the chat's watches is decided here, from Telegram's own view of the chat.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import structlog
from telegram import Chat, ChatMember, LinkPreviewOptions, Message, Update, User
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot import texts
from handlers.commands import ChatRef, Command, CommandCore, Reply, split_command
from handlers.telegram_render import render_reply

log = structlog.get_logger(__name__)

Context: TypeAlias = CallbackContext[Any, Any, Any, Any]

ADMIN_TTL = 60.0
_CALLBACK_TEXT_MAX = 200
CAPTION_MAX = 1024
_BUTTON = re.compile(r"^tw:(unwatch|mute):(\d{1,9})$")
_KINDS = {"private": "private", "group": "group", "supergroup": "group", "channel": "channel"}
_ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}


def _addressee(text: str) -> str:
    """'/watch@TripwireBot North Korea' → 'TripwireBot'; '' when no bot is named."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first.partition("@")[2]


class AdminCache:
    """Who is an admin in a group, asked of Telegram (getChatMember) and remembered for
    `ttl` seconds: group admins change rarely, and each question costs a rate-limited call."""

    def __init__(
        self, ttl: float = ADMIN_TTL, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._known: dict[tuple[int, int], tuple[bool, float]] = {}

    async def is_admin(
        self,
        context: Context,
        chat: Chat,
        user: User | None,
        *,
        sender_chat: Chat | None = None,
        channel_post: bool = False,
    ) -> bool:
        if chat.type == Chat.PRIVATE or channel_post:
            # Only a channel's admins can post in it.
            return True
        if sender_chat is not None and sender_chat.id == chat.id:
            # An anonymous group admin speaks as the group itself.
            return True
        if user is None:
            return False
        key, now = (chat.id, user.id), self._clock()
        known = self._known.get(key)
        if known is not None and known[1] > now:
            return known[0]
        try:
            member = await context.bot.get_chat_member(chat.id, user.id)
        except TelegramError as err:
            # Refuse rather than guess; the next command asks again.
            log.warning("telegram.admin_check_failed", chat=chat.id, error=str(err))
            return False
        admin = member.status in _ADMIN_STATUSES
        if len(self._known) > 4096:
            self._known = {k: v for k, v in self._known.items() if v[1] > now}
        self._known[key] = (admin, now + self._ttl)
        return admin


def chat_ref(chat: Chat, message: Message | None = None) -> ChatRef:
    thread = None
    if message is not None and message.is_topic_message and message.message_thread_id:
        thread = str(message.message_thread_id)
    kind = _KINDS.get(chat.type, "group")
    # Private chats keep no name: the chat id is all the bot needs.
    title = chat.title if kind != "private" else None
    return ChatRef(
        platform="telegram", chat_id=str(chat.id), kind=kind, title=title, thread_id=thread
    )


@dataclass
class _Turn:
    """A chat's lock and how many updates hold or await it (the entry goes when none do)."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class UpdateBridge:
    """The update callbacks: translate, ask the core, answer. One chat's updates are handled
    in arrival order (a lock per chat) while different chats proceed concurrently."""

    def __init__(self, core: CommandCore, admins: AdminCache) -> None:
        self._core = core
        self._admins = admins
        self._turns: dict[int, _Turn] = {}

    @asynccontextmanager
    async def _chat_turn(self, chat_id: int) -> AsyncIterator[None]:
        turn = self._turns.setdefault(chat_id, _Turn())
        turn.users += 1
        try:
            async with turn.lock:
                yield
        finally:
            turn.users -= 1
            if turn.users == 0:
                del self._turns[chat_id]

    async def _ask(self, cmd: Command) -> Reply:
        try:
            return await self._core.handle(cmd)
        except Exception:  # the user gets an answer whatever broke
            log.exception("telegram.command_failed", command=cmd.name, chat=cmd.chat.chat_id)
            return Reply(texts.INTERNAL_ERROR, ok=False)

    async def on_unknown(self, update: Update, context: Context) -> None:
        """A command the core does not list. In a group it may belong to another bot, so
        it is answered only when addressed to this one by name."""
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not message.text:
            return
        if chat.type != Chat.PRIVATE and not _addressee(message.text):
            return
        await self.on_command(update, context)

    async def on_command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        chat = update.effective_chat
        if message is None or chat is None or not message.text:
            return
        parsed = split_command(message.text)
        target = _addressee(message.text)
        if parsed is None or (target and target.lower() != (context.bot.username or "").lower()):
            return  # a command for another bot in the same group
        name, args = parsed
        async with self._chat_turn(chat.id):
            is_admin = await self._admins.is_admin(
                context,
                chat,
                update.effective_user,
                sender_chat=message.sender_chat,
                channel_post=update.channel_post is not None,
            )
            user = update.effective_user
            cmd = Command(
                chat=chat_ref(chat, message),
                user_id=str(user.id if user is not None else chat.id),
                name=name,
                args=args,
                is_admin=is_admin,
            )
            reply = await self._ask(cmd)
            if reply.image is not None:
                await self._send_photo(message, reply.image, reply)
                return
            for part in render_reply(reply.text):
                await message.reply_text(
                    part,
                    parse_mode=ParseMode.HTML,
                    do_quote=False,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )

    @staticmethod
    async def _send_photo(message: Message, image: bytes, reply: Reply) -> None:
        caption = reply.caption if reply.caption is not None else reply.text
        if len(caption) > CAPTION_MAX:
            caption = caption[: CAPTION_MAX - 1] + "…"
        # Plain caption (no parse mode): nothing in it needs escaping.
        await message.reply_photo(photo=image, caption=caption, do_quote=False)

    async def on_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        match = _BUTTON.match(query.data or "")
        if match is None or query.message is None:
            await query.answer()
            return
        chat = query.message.chat
        name = "unwatch" if match.group(1) == "unwatch" else "mutewatch"
        message = query.message if isinstance(query.message, Message) else None
        async with self._chat_turn(chat.id):
            is_admin = await self._admins.is_admin(context, chat, query.from_user)
            reply = await self._ask(
                Command(
                    chat=chat_ref(chat, message),
                    user_id=str(query.from_user.id),
                    name=name,
                    args=match.group(2),
                    is_admin=is_admin,
                )
            )
        text = reply.text
        if len(text) > _CALLBACK_TEXT_MAX:
            text = text[: _CALLBACK_TEXT_MAX - 1] + "…"
        await query.answer(text=text, show_alert=not reply.ok)
