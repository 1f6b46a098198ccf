"""The Slack adapter end to end: the real bolt app behind a real aiohttp server, signed
requests over HTTP, a Socket Mode session over a WebSocket, and a stand-in Slack recording
what the bot sends back. The store is real (SQLite) and so is the gazetteer."""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from support.slackapi import SlackStandIn, signed_headers

from bot import texts
from bot.errors import ConfigError
from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from handlers.commands import CommandCore
from handlers.http import AppServer
from handlers.slack import (
    EVENTS_PATH,
    HEALTH_PATH,
    SLASH_COMMANDS,
    AdminCheck,
    SlackAdapter,
    SlackSocketMode,
    build_app,
    chat_ref,
    make_web_app,
    mention_command,
)
from handlers.slack_channel import make_client

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
DM = "D0DIRECT"
GROUP = "C0NEWSROOM"
OWNER = "U0OWNER"
MEMBER = "U0MEMBER"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # slack-sdk ignores NO_PROXY: a proxy in the environment would swallow 127.0.0.1 calls.
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def slack() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as standin:
        standin.add_user(OWNER, owner=True)
        standin.add_user(MEMBER)
        yield standin


@pytest.fixture
async def core(sqlite_url: str) -> AsyncIterator[tuple[CommandCore, Store]]:
    store = await Store.open(sqlite_url)
    try:
        yield CommandCore(store, default_gazetteer()), store
    finally:
        await store.close()


@dataclass
class Bot:
    url: str
    store: Store
    session: aiohttp.ClientSession

    async def post(self, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        async with self.session.post(self.url + EVENTS_PATH, data=body,
                                     headers=headers) as response:
            return response.status, await response.text()

    async def command(self, name: str, text: str, *, channel: str = DM, user: str = OWNER,
                      reply_to: str, timestamp: int | None = None,
                      secret: str = SECRET) -> tuple[int, str]:
        body = urlencode({
            "token": "legacy", "team_id": "T0TEST", "team_domain": "tripwire-test",
            "channel_id": channel, "channel_name": "directmessage" if channel[0] == "D"
            else "newsroom", "user_id": user, "user_name": user.lower(), "command": name,
            "text": text, "api_app_id": "A0TEST", "response_url": reply_to,
            "trigger_id": "1.2.3",
        }).encode()
        return await self.post(body, signed_headers(secret, body, timestamp=timestamp))

    async def event(self, payload: dict[str, Any]) -> tuple[int, str]:
        body = json.dumps(payload).encode()
        return await self.post(body, signed_headers(SECRET, body,
                                                    content_type="application/json"))

    async def action(self, action_id: str, value: str, *, reply_to: str, channel: str = DM,
                     user: str = OWNER) -> tuple[int, str]:
        payload = block_actions(action_id, value, reply_to=reply_to, channel=channel,
                                user=user)
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return await self.post(body, signed_headers(SECRET, body))


def block_actions(action_id: str, value: str, *, reply_to: str, channel: str,
                  user: str) -> dict[str, Any]:
    return {
        "type": "block_actions", "team": {"id": "T0TEST", "domain": "tripwire-test"},
        "user": {"id": user, "username": user.lower(), "team_id": "T0TEST"},
        "api_app_id": "A0TEST", "token": "legacy", "trigger_id": "1.2.4",
        "container": {"type": "message", "message_ts": "1700000000.000001",
                      "channel_id": channel, "is_ephemeral": False},
        "channel": {"id": channel, "name": "newsroom"},
        "response_url": reply_to,
        "actions": [{"type": "button", "action_id": action_id, "block_id": "tw_watch_1",
                     "value": value, "text": {"type": "plain_text", "text": "x"},
                     "action_ts": "1700000001.000001"}],
    }


@pytest.fixture
async def bot(slack: SlackStandIn,
              core: tuple[CommandCore, Store]) -> AsyncIterator[Bot]:
    app = build_app(core[0], token=slack.bot_token, signing_secret=SECRET,
                    api_url=slack.api_url)
    server = AppServer(make_web_app(app), host="127.0.0.1", port=0)
    await server.start()
    try:
        async with aiohttp.ClientSession() as session:
            yield Bot(server.url, core[1], session)
    finally:
        await server.stop()


async def reply(slack: SlackStandIn, name: str) -> dict[str, Any]:
    await slack.wait_until(lambda: any(r.name == name for r in slack.responses))
    found = [r.body for r in slack.responses if r.name == name]
    assert len(found) == 1, found
    return found[0]


# --- pure helpers ---------------------------------------------------------------------------
def test_chat_ref_kinds() -> None:
    assert chat_ref("D123").kind == "private"
    assert chat_ref("C123", "newsroom").kind == "group"
    assert chat_ref("G123").kind == "group"
    assert chat_ref("C123").key == ("slack", "C123")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<@UTRIPWIRE> watch North Korea", ("watch", "North Korea")),
        ("<@UTRIPWIRE|tripwire>   /Watches", ("watches", "")),
        ("<@UTRIPWIRE> unwatch 2 ", ("unwatch", "2")),
        ("<@UTRIPWIRE>", None),
        ("<@UTRIPWIRE> /", None),
    ],
)
def test_mention_command(text: str, expected: tuple[str, str] | None) -> None:
    assert mention_command(text) == expected


def test_build_app_refuses_an_empty_signing_secret() -> None:
    with pytest.raises(ConfigError):
        build_app(None, token="xoxb-x", signing_secret="")  # type: ignore[arg-type]


async def test_admin_check_caches_and_honours_operator_list(slack: SlackStandIn) -> None:
    now = [0.0]
    check = AdminCheck(frozenset({"U0OPERATOR"}), ttl=60, clock=lambda: now[0])
    client = make_client(slack.bot_token, slack.api_url)
    assert await check.is_admin(client, "U0OPERATOR")
    assert await check.is_admin(client, OWNER)
    assert await check.is_admin(client, OWNER)
    assert not await check.is_admin(client, MEMBER)
    assert not await check.is_admin(client, "U0NOBODY")  # users.info fails: not an admin
    assert len(slack.calls_to("users.info")) == 3
    now[0] = 61.0
    assert await check.is_admin(client, OWNER)
    assert len(slack.calls_to("users.info")) == 4


# --- HTTP mode ------------------------------------------------------------------------------
async def test_watch_slash_command_replies_ephemeral(bot: Bot, slack: SlackStandIn) -> None:
    status, body = await bot.command("/watch", "North Korea troops >= 10000",
                                     reply_to=slack.response_url("w1"))
    assert (status, body) == (200, "")
    answer = await reply(slack, "w1")
    assert answer["response_type"] == "ephemeral"
    assert answer["text"] == "Watch #1 added: North Korea troops &gt;= 10000"
    watches = await bot.store.list_watches(("slack", DM))
    assert [w.rule_text for w in watches] == ["North Korea troops >= 10000"]
    chat = await bot.store.get_chat(("slack", DM))
    assert chat is not None
    assert chat.kind == "private"
    assert chat.title is None  # not Slack's placeholder "directmessage"
    # A DM never needs the admin lookup.
    assert slack.calls_to("users.info") == []


async def test_malformed_watch_says_what_was_expected(bot: Bot, slack: SlackStandIn) -> None:
    status, _ = await bot.command("/watch", "North Korea troops >=",
                                  reply_to=slack.response_url("bad"))
    assert status == 200
    text = (await reply(slack, "bad"))["text"]
    assert "Expected a number such as 10000" in text
    assert "Example: /watch North Korea troops &gt;= 10000" in text
    assert await bot.store.list_watches(("slack", DM)) == []


async def test_forged_signature_is_refused(bot: Bot, slack: SlackStandIn) -> None:
    status, _ = await bot.command("/watch", "NATO", reply_to=slack.response_url("forged"),
                                  secret="not-the-secret")
    assert status == 401
    assert await bot.store.list_watches(("slack", DM)) == []
    assert slack.responses == []


async def test_replayed_old_request_is_refused(bot: Bot, slack: SlackStandIn) -> None:
    six_minutes_ago = int(time.time()) - 6 * 60
    status, _ = await bot.command("/watch", "NATO", reply_to=slack.response_url("old"),
                                  timestamp=six_minutes_ago)
    assert status == 401
    assert await bot.store.list_watches(("slack", DM)) == []


async def test_url_verification_echoes_the_challenge(bot: Bot) -> None:
    status, body = await bot.event({"token": "legacy", "type": "url_verification",
                                    "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7"})
    assert status == 200
    assert json.loads(body) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7"}


async def test_healthz(bot: Bot) -> None:
    async with bot.session.get(bot.url + HEALTH_PATH) as response:
        assert response.status == 200
        assert await response.json() == {"ok": True}


def mention(text: str, *, user: str, channel: str = GROUP, n: int = 1) -> dict[str, Any]:
    return {
        "token": "legacy", "team_id": "T0TEST", "api_app_id": "A0TEST",
        "type": "event_callback", "event_id": f"Ev0{n}", "event_time": 1700000000 + n,
        "event": {"type": "app_mention", "user": user, "text": text, "channel": channel,
                  "ts": f"1700000000.00010{n}", "event_ts": f"1700000000.00010{n}"},
        "authorizations": [{"team_id": "T0TEST", "user_id": "UTRIPWIRE", "is_bot": True}],
    }


async def test_app_mention_by_admin_and_member(bot: Bot, slack: SlackStandIn) -> None:
    status, _ = await bot.event(mention("<@UTRIPWIRE> watch Pyongyang", user=OWNER))
    assert status == 200
    await slack.wait_until(lambda: len(slack.ephemerals) == 1)
    first = slack.ephemerals[0]
    assert (first["channel"], first["user"]) == (GROUP, OWNER)
    assert first["text"] == "Watch #1 added: Pyongyang"
    chat = await bot.store.get_chat(("slack", GROUP))
    assert chat is not None
    assert chat.kind == "group"

    status, _ = await bot.event(mention("<@UTRIPWIRE> unwatch 1", user=MEMBER, n=2))
    assert status == 200
    await slack.wait_until(lambda: len(slack.ephemerals) == 2)
    assert slack.ephemerals[1]["text"] == texts.NOT_ADMIN
    assert len(await bot.store.list_watches(("slack", GROUP))) == 1

    # A member may still read.
    await bot.event(mention("<@UTRIPWIRE> watches", user=MEMBER, n=3))
    await slack.wait_until(lambda: len(slack.ephemerals) == 3)
    assert slack.ephemerals[2]["text"] == "Watches in this chat:\n#1 Pyongyang — no alerts yet"
    # One users.info per user: the answer is cached.
    assert sorted(c.args["user"] for c in slack.calls_to("users.info")) == [MEMBER, OWNER]


async def test_bare_mention_explains_itself(bot: Bot, slack: SlackStandIn) -> None:
    await bot.event(mention("<@UTRIPWIRE>", user=MEMBER))
    await slack.wait_until(lambda: len(slack.ephemerals) == 1)
    assert slack.ephemerals[0]["text"].startswith("Mention me with a command")


async def test_unwatch_and_mute_buttons(bot: Bot, slack: SlackStandIn) -> None:
    # Slash commands are acked first and run after, so the second waits for the first's
    # reply: otherwise the watch numbers depend on which task the loop finishes first.
    await bot.command("/watch", "NATO", reply_to=slack.response_url("a"))
    await reply(slack, "a")
    await bot.command("/watch", "treaty Russia North Korea ratified",
                      reply_to=slack.response_url("b"))
    await reply(slack, "b")

    status, _ = await bot.action("tw_mute", "2", reply_to=slack.response_url("mute"))
    assert status == 200
    muted = await reply(slack, "mute")
    assert muted["text"].startswith("Watch #2 muted until ")
    assert muted["replace_original"] is False
    assert muted["response_type"] == "ephemeral"

    status, _ = await bot.action("tw_unwatch", "1", reply_to=slack.response_url("gone"))
    assert status == 200
    assert (await reply(slack, "gone"))["text"] == "Watch #1 removed: NATO"
    watches = await bot.store.list_watches(("slack", DM))
    assert [(w.number, w.muted_until is not None) for w in watches] == [(2, True)]


async def test_umbrella_command(bot: Bot, slack: SlackStandIn) -> None:
    await bot.command("/tripwire", "watch casualties > 100", reply_to=slack.response_url("u1"))
    assert (await reply(slack, "u1"))["text"] == "Watch #1 added: casualties &gt; 100"
    await bot.command("/tripwire", "", reply_to=slack.response_url("u2"))
    assert "Watch grammar:" in (await reply(slack, "u2"))["text"]
    await bot.command("/tripwire", "frobnicate", reply_to=slack.response_url("u3"))
    assert (await reply(slack, "u3"))["text"] == (
        "I don't know /frobnicate. /help lists what I can do.")


async def test_only_admins_change_a_group_by_slash_command(bot: Bot,
                                                             slack: SlackStandIn) -> None:
    await bot.command("/watch", "NATO", channel=GROUP, user=MEMBER,
                      reply_to=slack.response_url("m"))
    assert (await reply(slack, "m"))["text"] == texts.NOT_ADMIN
    assert await bot.store.list_watches(("slack", GROUP)) == []
    await bot.command("/watch", "NATO", channel=GROUP, user=OWNER,
                      reply_to=slack.response_url("o"))
    assert (await reply(slack, "o"))["text"] == "Watch #1 added: NATO"
    chat = await bot.store.get_chat(("slack", GROUP))
    assert chat is not None
    assert (chat.kind, chat.title) == ("group", "newsroom")


# --- Socket Mode ----------------------------------------------------------------------------
async def test_socket_mode_slash_command(slack: SlackStandIn,
                                         core: tuple[CommandCore, Store]) -> None:
    app = build_app(core[0], token=slack.bot_token, signing_secret=SECRET,
                    api_url=slack.api_url)
    socket = SlackSocketMode(app, slack.app_token)
    await socket.start()
    try:
        await slack.wait_until(lambda: slack.connected)
        envelope = await slack.push("slash_commands", {
            "token": "legacy", "team_id": "T0TEST", "channel_id": DM, "user_id": OWNER,
            "command": "/watch", "text": "Poland deal >= $1bn", "api_app_id": "A0TEST",
            "response_url": slack.response_url("sock"), "trigger_id": "1.2.5",
        })
        ack = await slack.wait_ack(envelope)
        assert ack["envelope_id"] == envelope
        assert (await reply(slack, "sock"))["text"] == "Watch #1 added: Poland deal &gt;= $1bn"
    finally:
        await socket.stop()
    assert [c.token for c in slack.calls_to("apps.connections.open")] == [slack.app_token]
    assert [w.rule_text for w in await core[1].list_watches(("slack", DM))] == [
        "Poland deal >= $1bn"]


async def test_adapter_chooses_http_without_app_token(slack: SlackStandIn,
                                                      core: tuple[CommandCore, Store]) -> None:
    adapter = SlackAdapter(core[0], token=slack.bot_token, signing_secret=SECRET,
                           api_url=slack.api_url, port=0)
    assert adapter.channel.platform == "slack"
    await adapter.start()
    try:
        assert adapter.http is not None
        async with aiohttp.ClientSession() as session, \
                session.get(adapter.http.url + HEALTH_PATH) as response:
            assert response.status == 200
    finally:
        await adapter.stop()


def test_manifest_declares_every_slash_command() -> None:
    manifest = Path(__file__).parents[2] / "deploy" / "slack-manifest.yml"
    declared = re.findall(r"^\s*- command: /(\w+)\s*$", manifest.read_text(), re.MULTILINE)
    assert sorted(declared) == sorted((*SLASH_COMMANDS, "tripwire"))
    assert "app_mention" in manifest.read_text()
