"""`tripwire feeds …` and `tripwire db …`: the operator's feed list (trusted, no SSRF guard)
and database maintenance."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from bot import texts
from bot.cli_common import (
    ConfigOption,
    db_app,
    fail,
    feeds_app,
    run_async,
    settings_for,
)
from bot.errors import InputError


@feeds_app.command("add")
def feeds_add(urls: Annotated[list[str], typer.Argument(help="Feed URLs.")],
              config: ConfigOption = None) -> None:
    """Add feeds read for every chat."""
    from bot.store.repository import Store

    settings = settings_for(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            for url in urls:
                if not url.lower().startswith(("http://", "https://")):
                    raise InputError(f"{url!r} is not an http(s) URL", line=1)
                feed, created = await store.add_feed(url)
                template = texts.CLI_FEED_ADDED if created else texts.CLI_FEED_EXISTS
                typer.echo(template.format(id=feed.id, url=feed.url))
        finally:
            await store.close()

    run_async(go())


@feeds_app.command("list")
def feeds_list(config: ConfigOption = None) -> None:
    """List every feed with its health."""
    from bot.store.repository import Store

    settings = settings_for(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            for feed in await store.list_feeds():
                state = "ok" if feed.enabled and not feed.failures else (
                    f"failing x{feed.failures}: {feed.last_error}" if feed.enabled
                    else f"disabled: {feed.last_error}")
                owner = "operator" if feed.added_by is None else f"chat {feed.added_by}"
                typer.echo(f"{feed.id}\t{feed.url}\t{feed.title or ''}\t{owner}\t{state}")
        finally:
            await store.close()

    run_async(go())


@feeds_app.command("remove")
def feeds_remove(feed_id: Annotated[int, typer.Argument(help="The id from `feeds list`.")],
                 config: ConfigOption = None) -> None:
    """Remove a feed."""
    from bot.store.repository import Store

    settings = settings_for(config)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        try:
            if await store.remove_feed(feed_id):
                typer.echo(texts.CLI_FEED_REMOVED.format(id=feed_id))
            else:
                fail(texts.CLI_FEED_MISSING.format(id=feed_id), 2)
        finally:
            await store.close()

    run_async(go())


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply database migrations (also done automatically on start)."""
    from bot.store import upgrade

    settings = settings_for(config)
    run_async(upgrade(settings.database_url))
    typer.echo(texts.CLI_DB_UPGRADED.format(url=settings.database_url))


@feeds_app.command("import")
def feeds_import(path: Annotated[Path, typer.Argument(help="An OPML subscription list.")],
                 config: ConfigOption = None) -> None:
    """Add every feed an OPML file lists (operator feeds, read for every chat)."""
    from bot.errors import FeedParseError
    from bot.opml import parse_opml
    from bot.store.repository import Store

    settings = settings_for(config)
    try:
        body = path.read_bytes()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}", 2)
    try:
        entries = parse_opml(body, source=str(path))
    except FeedParseError as exc:
        fail(f"{path}: {exc.reason}", 2)

    async def go() -> None:
        store = await Store.open(settings.database_url)
        added = existing = 0
        try:
            for entry in entries:
                _, created = await store.add_feed(entry.url, title=entry.title)
                added, existing = added + created, existing + (not created)
        finally:
            await store.close()
        typer.echo(texts.CLI_OPML_IMPORTED.format(added=added, existing=existing))

    run_async(go())


@feeds_app.command("export")
def feeds_export(config: ConfigOption = None) -> None:
    """Write every enabled feed as an OPML list to standard output."""
    from bot.opml import OpmlFeed, export_opml
    from bot.store.repository import Store

    settings = settings_for(config)

    async def go() -> bytes:
        store = await Store.open(settings.database_url)
        try:
            feeds = [f for f in await store.list_feeds() if f.enabled]
        finally:
            await store.close()
        return export_opml(OpmlFeed(f.url, f.title) for f in feeds)

    sys.stdout.buffer.write(run_async(go()))
    sys.stdout.flush()


# --- scale-out roles (Celery + Redis + PostgreSQL); `tripwire run` stays the all-in-one ---
