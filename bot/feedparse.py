"""Feed bodies into Articles (pure): feedparser does the parsing (RSS 0.9x-2.0, RSS 1.0, Atom,
and broken XML through its loose parser); charsets are repaired first, an HTML page is told
apart from a feed, and bot.feedtext turns entry HTML into the plain text the extractor reads.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from bot.errors import FeedParseError, NotAFeedError
from bot.feedtext import feed_links, html_to_text
from bot.models import Article

__all__ = ["SUMMARY_ONLY_CHARS", "ParsedFeed", "parse_feed", "parse_feed_details"]

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL
)
_UTF8_BOM = b"\xef\xbb\xbf"
_HTML_PAGE = "the page is HTML, not a feed"


# A summary this short, with no full content beside it, is a teaser: the figures are on the page.
SUMMARY_ONLY_CHARS = 600


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    articles: tuple[Article, ...]
    summary_only: tuple[bool, ...]
    ttl_minutes: float | None


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None
) -> tuple[str | None, tuple[Article, ...]]:
    """(feed title, articles) of a feed body; FeedParseError when the body is not a feed."""
    parsed = parse_feed_details(body, url=url, content_type=content_type)
    return parsed.title, parsed.articles


def parse_feed_details(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Everything the poller wants from a feed body. An HTML page raises NotAFeedError naming
    the feeds the page links to, so the user can be offered the real feed."""
    headers = {"content-location": url, "content-type": _fix_charset(body, content_type)}
    # A stream, never bytes: feedparser treats a bytes argument as a possible file name first.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        reason = _not_a_feed(body, content_type, parsed)
        if reason == _HTML_PAGE:
            links = feed_links(body, url)
            if links:
                reason = f"{reason}; it links to the feed {links[0]}"
            raise NotAFeedError(reason, url=url, alternates=links)
        raise FeedParseError(reason, url=url)
    feed = parsed.get("feed") or {}
    title = _one_line(_detail_text(feed.get("title_detail"), feed.get("title"))) or None
    outlet = title or urlsplit(url).hostname or url
    articles: list[Article] = []
    summary_only: list[bool] = []
    for entry in entries:
        article = _article(entry, url, outlet)
        if article is None:
            continue
        articles.append(article)
        summary_only.append(
            not _has_content(entry) and len(article.text) < SUMMARY_ONLY_CHARS
            and article.url.lower().startswith(("http://", "https://"))
        )
    return ParsedFeed(title, tuple(articles), tuple(summary_only), _ttl(feed.get("ttl")))


def _has_content(entry: Any) -> bool:
    return any(_detail_text(part, None) for part in entry.get("content") or [])


def _ttl(value: Any) -> float | None:
    try:
        minutes = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes if 0 < minutes < 100_000 else None


def _fix_charset(body: bytes, content_type: str | None) -> str:
    """The content type with the charset feedparser should believe.

    Servers often send a default charset (ISO-8859-1) the document does not use. Valid UTF-8
    with non-ASCII bytes is almost never anything else, so it wins; otherwise the document's
    own XML declaration wins over the header.
    """
    media = (content_type or "application/xml").split(";", 1)[0].strip() or "application/xml"
    head = body[:512]
    charset: str | None = None
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content_type or media  # UTF-16 BOM: feedparser sniffs it
    stripped = body.removeprefix(_UTF8_BOM)
    if not stripped.isascii():
        try:
            stripped.decode("utf-8")
            charset = "utf-8"
        except UnicodeDecodeError:
            pass
    if charset is None and (declared := _XML_DECL.match(head.removeprefix(_UTF8_BOM))):
        charset = declared.group(1).decode("ascii")
    if charset is None:
        return content_type or media
    try:
        codecs.lookup(charset)
    except LookupError:
        return content_type or media
    return f"{media}; charset={charset}"


def _not_a_feed(body: bytes, content_type: str | None, parsed: Any) -> str:
    if not body.strip():
        return "the response is empty, not a feed"
    head = body[:2048].removeprefix(_UTF8_BOM)
    if "html" in (content_type or "").lower() or _HTML_START.match(head):
        return _HTML_PAGE
    if head.lstrip()[:1] in (b"{", b"["):
        return "the body is JSON, not an RSS or Atom feed (JSON Feed is not supported)"
    problem = parsed.get("bozo_exception")
    detail = f" ({problem})" if problem else ""
    return f"the body is not an RSS or Atom feed{detail}"


def _detail_text(detail: Any, fallback: Any) -> str:
    """Plain text of a feedparser text construct (title, summary, content part)."""
    value = (detail or {}).get("value") if isinstance(detail, dict) else None
    if value is None:
        value = fallback
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = str((detail or {}).get("type", "text/html")) if isinstance(detail, dict) else "text/html"
    if kind == "text/plain":
        lines = (" ".join(line.split()) for line in value.splitlines())
        return "\n".join(line for line in lines if line)
    return html_to_text(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _body_text(entry: Any) -> str:
    for part in entry.get("content") or []:
        text = _detail_text(part, None)
        if text:
            return text
    return _detail_text(entry.get("summary_detail"), entry.get("summary"))


def _article(entry: Any, feed_url: str, outlet: str) -> Article | None:
    link = str(entry.get("link") or "").strip()
    link = urljoin(feed_url, link) if link else ""
    guid = str(entry.get("id") or "").strip()
    if not guid and not link:
        return None
    if not link and urlsplit(guid).scheme in ("http", "https"):
        link = guid  # an RSS guid with isPermaLink is the article's address
    return Article(
        id=guid or link,
        url=link,
        title=_one_line(_detail_text(entry.get("title_detail"), entry.get("title"))),
        text=_body_text(entry),
        published=_published(entry),
        outlet=outlet,
    )


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                # feedparser normalises every date it reads to a UTC struct_time.
                year, month, day, hour, minute, second = parsed[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None
