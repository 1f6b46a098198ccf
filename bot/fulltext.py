"""Full text for summary-only entries: fetch the article page, keep its main text.

Many feeds carry a one-line teaser while the figure sits in the fourth paragraph of the page.
For such entries (bot.feeds marks them `summary_only`) the page is fetched through the same
FeedFetcher — so the SSRF guard, redirect checks, size cap and deadline all apply — and
trafilatura separates the article body from navigation, ads and comments. Any failure keeps
the feed's own summary: a missing page must never cost the entry itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace

import structlog
import trafilatura

from bot.errors import FeedError
from bot.feeds import FeedFetcher
from bot.feedtext import html_to_text
from bot.models import Article
from bot.polling import HostLimiter

__all__ = ["TEXT_FROM_FEED", "TEXT_FROM_PAGE", "FullTextFetcher", "extract_main_text"]

log = structlog.get_logger(__name__)

TEXT_FROM_FEED = "feed"
TEXT_FROM_PAGE = "page"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def extract_main_text(page: bytes, url: str) -> str:
    """The main text of an HTML page, one paragraph per line; "" when nothing article-like
    is found. trafilatura detects the page's encoding itself."""
    text = trafilatura.extract(
        page, url=url, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=True,
    )
    if not text:
        return ""
    # Same clean-up as feed text: invisible and control characters out, one line per paragraph.
    return html_to_text(text)


@dataclass(frozen=True, slots=True)
class Completed:
    article: Article
    source: str
    error: str | None = None


class FullTextFetcher:
    def __init__(
        self,
        fetcher: FeedFetcher,
        *,
        limiter: HostLimiter | None = None,
        concurrency: int = 8,
    ) -> None:
        self._fetcher = fetcher
        self._limiter = limiter or HostLimiter(2)
        self._slots = asyncio.Semaphore(concurrency)

    async def complete(
        self, articles: Sequence[Article], summary_only: Sequence[bool], *, untrusted: bool
    ) -> list[Completed]:
        """Each article, with the page's text in place of the summary where that was needed
        and worked. `untrusted` applies the SSRF guard (a chat-added feed's links)."""
        jobs = [
            self._one(article, untrusted) if needed else _keep(article)
            for article, needed in zip(articles, summary_only, strict=True)
        ]
        return list(await asyncio.gather(*jobs))

    async def _one(self, article: Article, untrusted: bool) -> Completed:
        try:
            async with self._slots, self._limiter.slot(article.url):
                page = await self._fetcher.fetch_page(article.url, untrusted=untrusted)
        except FeedError as err:
            log.warning("fulltext.failed", url=article.url, error=err.reason)
            return Completed(article, TEXT_FROM_FEED, err.reason)
        kind = (page.content_type or "text/html").split(";", 1)[0].strip().lower()
        if kind not in _HTML_TYPES:
            return Completed(article, TEXT_FROM_FEED, f"the page is {kind}, not HTML")
        text = await asyncio.to_thread(extract_main_text, page.body, page.final_url)
        if len(text) <= len(article.text):
            return Completed(article, TEXT_FROM_FEED, "the page holds no more text than the feed")
        return Completed(replace(article, text=text), TEXT_FROM_PAGE)


async def _keep(article: Article) -> Completed:
    return Completed(article, TEXT_FROM_FEED)
