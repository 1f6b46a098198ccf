"""Trend charts and analyst commands through the real bolt app and the stand-in Slack: a chart
is uploaded the way files_upload_v2 does it (upload URL, raw bytes, completion) and shared to
the channel; when Slack refuses the upload, the text answer comes back instead."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlencode

import aiohttp
import pytest
from fixtures.figures import CLAIMANTS, FIGURE_WATCH, store_history
from PIL import Image
from support.slackapi import SlackStandIn, signed_headers

from bot.nlp.gazetteer import default_gazetteer
from bot.store import Store
from bot.trends import HEIGHT_PX, WIDTH_PX
from handlers.commands import CommandCore
from handlers.http import AppServer
from handlers.slack import EVENTS_PATH, build_app, make_web_app

SECRET = "0123456789abcdef0123456789abcdef"
CHANNEL = "D0ANALYST"
USER = "U0ANALYST"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@dataclass
class Bot:
    slack: SlackStandIn
    store: Store
    url: str
    session: aiohttp.ClientSession
    n: int = 0

    async def command(self, name: str, text: str) -> dict[str, object] | None:
        """Run a slash command; the ephemeral answer, or None when none came (a file did)."""
        self.n += 1
        reply_to = self.slack.response_url(f"r{self.n}")
        body = urlencode({
            "team_id": "T0TEST", "channel_id": CHANNEL, "channel_name": "directmessage",
            "user_id": USER, "command": name, "text": text, "response_url": reply_to,
            "trigger_id": "1.2.3",
        }).encode()
        async with self.session.post(self.url + EVENTS_PATH, data=body,
                                     headers=signed_headers(SECRET, body)) as response:
            assert response.status == 200
        name_ = f"r{self.n}"
        shared = len(self.slack.files)
        await self.slack.wait_until(
            lambda: any(r.name == name_ for r in self.slack.responses)
            or len(self.slack.files) > shared
        )
        found = [r.body for r in self.slack.responses if r.name == name_]
        return found[0] if found else None


@pytest.fixture
async def bot(sqlite_url: str) -> AsyncIterator[Bot]:
    store = await Store.open(sqlite_url)
    try:
        async with SlackStandIn() as slack:
            app = build_app(CommandCore(store, default_gazetteer()), token=slack.bot_token,
                            signing_secret=SECRET, api_url=slack.api_url)
            server = AppServer(make_web_app(app), port=0)
            await server.start()
            try:
                async with aiohttp.ClientSession() as session:
                    yield Bot(slack, store, server.url, session)
            finally:
                await server.stop()
    finally:
        await store.close()


async def test_trend_is_uploaded_to_the_channel(bot: Bot) -> None:
    await store_history(bot.store)
    await bot.command("/watch", FIGURE_WATCH)
    assert await bot.command("/trend", "1") is None
    [shared] = bot.slack.files
    assert shared.channel == CHANNEL
    assert shared.filename == "tripwire-trend.png"
    image = Image.open(io.BytesIO(shared.data))
    assert image.format == "PNG" and image.size == (WIDTH_PX, HEIGHT_PX)
    assert shared.initial_comment is not None
    assert shared.initial_comment.startswith("North Korea troops: 6 reported values")
    assert all(c in shared.initial_comment for c in CLAIMANTS)
    [ask] = bot.slack.calls_to("files.getUploadURLExternal")
    assert int(ask.args["length"]) == len(shared.data)


async def test_a_refused_upload_falls_back_to_the_text_answer(bot: Bot) -> None:
    await store_history(bot.store)
    await bot.command("/watch", FIGURE_WATCH)
    bot.slack.fail_uploads("not_in_channel")
    answer = await bot.command("/trend", "1")
    assert answer is not None
    assert answer["response_type"] == "ephemeral"
    assert str(answer["text"]).startswith("North Korea troops: 6 reported values")
    assert bot.slack.files == []


async def test_backtest_quiet_and_mute_commands(bot: Bot) -> None:
    await store_history(bot.store)
    await bot.command("/watch", FIGURE_WATCH)
    answer = await bot.command("/backtest", "1 3650d")
    assert answer is not None and "It would have sent 4 alerts." in str(answer["text"])
    answer = await bot.command("/quiet", "22:00-07:00")
    assert answer is not None and str(answer["text"]).startswith("Quiet hours 22:00-07:00")
    answer = await bot.command("/mute", "2h")
    assert answer is not None and str(answer["text"]).startswith("All alerts held until")
    answer = await bot.command("/watches", "")
    assert answer is not None and "Muted until" in str(answer["text"])
