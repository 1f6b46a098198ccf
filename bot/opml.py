"""OPML subscription lists in and out: `tripwire feeds import/export` and `/addfeed` given a
list's URL.

Reading goes through listparser (OPML 1.0/2.0, nested outlines, lenient about broken lists),
always handed bytes: given a str that looks like a URL, listparser would fetch it itself,
outside every guard FeedFetcher applies. Writing is plain ElementTree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

import listparser

from bot.errors import FeedParseError

__all__ = ["OpmlFeed", "export_opml", "looks_like_opml", "parse_opml"]

# The most feeds one list may bring in: a list of 100,000 is a mistake or an attack.
MAX_FEEDS = 2000


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str | None


def looks_like_opml(body: bytes) -> bool:
    head = body[:4096].lstrip().lower()
    return b"<opml" in head


def parse_opml(body: bytes, *, source: str = "the list") -> list[OpmlFeed]:
    """The http(s) feed URLs a list names, in order, without repeats; FeedParseError when
    the body is not an OPML list or names more than MAX_FEEDS feeds."""
    if not looks_like_opml(body):
        raise FeedParseError("not an OPML subscription list", url=source)
    parsed = listparser.parse(body)
    feeds: list[OpmlFeed] = []
    seen: set[str] = set()
    for entry in parsed.get("feeds") or []:
        url = str(entry.get("url") or "").strip()
        if urlsplit(url).scheme.lower() not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        title = str(entry.get("title") or "").strip() or None
        feeds.append(OpmlFeed(url, title))
        if len(feeds) > MAX_FEEDS:
            raise FeedParseError(f"the list names more than {MAX_FEEDS} feeds", url=source)
    return feeds


def export_opml(
    feeds: Iterable[OpmlFeed], *, title: str = "Tripwire feeds", now: datetime | None = None
) -> bytes:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC))
    body = ET.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"
