"""Trend charts and the analyst commands through the real Telegram client and the stand-in
Bot API: the chart arrives as an uploaded photo with its caption, a short history as text."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from fixtures.figures import CLAIMANTS, FIGURE_WATCH, store_history
from PIL import Image
from support.botapi import BotApiServer

from bot import texts
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.store import Store
from bot.trends import HEIGHT_PX, WIDTH_PX
from handlers.commands import CommandCore
from handlers.telegram import build_application, running_bot

READER = 4242
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture
async def world(sqlite_url: str,
                gazetteer: Gazetteer) -> AsyncIterator[tuple[BotApiServer, Store]]:
    store = await Store.open(sqlite_url)
    try:
        async with BotApiServer() as api:
            app = build_application(api.token, CommandCore(store, gazetteer),
                                    base_url=api.root_url)
            async with running_bot(app, poll_timeout=10):
                yield api, store
    finally:
        await store.close()


async def say(api: BotApiServer, text: str) -> str:
    before = len(api.messages_to(READER))
    api.push_command(text, chat_id=READER)
    await api.wait_sent(before + 1, chat_id=READER)
    return api.messages_to(READER)[before].plain


async def test_trend_arrives_as_a_photo_with_a_caption(
    world: tuple[BotApiServer, Store]
) -> None:
    api, store = world
    await store_history(store)
    await say(api, f"/watch {FIGURE_WATCH}")
    api.push_command("/trend 1", chat_id=READER)
    await api.wait_until(lambda: len(api.photos) == 1)
    [photo] = api.photos
    assert photo.chat_id == str(READER)
    image = Image.open(io.BytesIO(photo.data))
    assert image.format == "PNG" and image.size == (WIDTH_PX, HEIGHT_PX)
    assert photo.caption == ("North Korea troops: 6 reported values from 2024-10-18 to "
                             f"2024-10-31 by {', '.join(CLAIMANTS)}")
    _, params = next(c for c in api.calls if c[0] == "sendPhoto")
    assert params["chat_id"] == READER


async def test_short_history_and_non_figure_watches_answer_in_text(
    world: tuple[BotApiServer, Store]
) -> None:
    api, _ = world
    await say(api, f"/watch {FIGURE_WATCH}")
    await say(api, "/watch treaty Russia North Korea")
    text = await say(api, "/trend 1")
    assert text.startswith("Only 0 reported values of North Korea troops")
    assert await say(api, "/trend 2") == texts.TREND_NOT_FIGURE.format(number=2)
    assert api.photos == []


async def test_digest_and_time_zone_commands(world: tuple[BotApiServer, Store]) -> None:
    api, store = world
    assert (await say(api, "/timezone europe/kyiv")).startswith("Time zone set to Europe/Kyiv")
    assert await say(api, "/digest daily 08:00") == texts.DIGEST_ON.format(
        at="08:00", zone="Europe/Kyiv")
    prefs = await store.get_preferences(("telegram", str(READER)))
    assert prefs.digest_at is not None and prefs.timezone == "Europe/Kyiv"
    assert await say(api, "/digest weekly") == texts.DIGEST_USAGE
