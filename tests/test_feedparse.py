"""Parsing feed bodies: formats, edge cases and the shared corpus of real-world feed shapes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fixtures.feeds import ATOM, CORPUS, RSS2, corpus_files, needs_corpus

from bot.errors import FeedParseError
from bot.feedparse import parse_feed, parse_feed_details


def test_parse_feed_edge_cases() -> None:
    url = "https://news.example/feed"
    with pytest.raises(FeedParseError, match="empty"):
        parse_feed(b"  \n", url=url)
    with pytest.raises(FeedParseError, match="JSON"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', url=url)
    # A real feed with no entries yet is a feed, not an error.
    empty = b'<rss version="2.0"><channel><title>Quiet Desk</title></channel></rss>'
    assert parse_feed(empty, url=url) == ("Quiet Desk", ())
    untitled = b'<rss version="2.0"><channel><item><link>/a</link></item></channel></rss>'
    title, (article,) = parse_feed(untitled, url=url)
    assert title is None
    assert article.outlet == "news.example"
    assert article.url == "https://news.example/a"
    assert article.id == "https://news.example/a"


def test_parse_feed_never_reads_a_file_named_by_the_body(tmp_path: Path) -> None:
    target = tmp_path / "secret.xml"
    target.write_text(RSS2, encoding="utf-8")
    with pytest.raises(FeedParseError):
        parse_feed(str(target).encode(), url="https://news.example/feed")


@needs_corpus
def test_corpus_parses_or_refuses_cleanly() -> None:
    files = corpus_files()
    parsed = refused = articles = 0
    started = time.perf_counter()
    for path in files:
        url = f"http://corpus.example/{path.relative_to(CORPUS)}"
        try:
            _, found = parse_feed(path.read_bytes(), url=url, content_type=None)
        except FeedParseError:
            refused += 1
            continue
        parsed += 1
        articles += len(found)
        for article in found:
            assert article.id
            assert article.published is None or article.published.tzinfo is not None
            assert "<script" not in article.text.lower()
    elapsed = time.perf_counter() - started
    print(
        f"\ncorpus: {len(files)} files, {parsed} parsed ({articles} articles), "
        f"{refused} refused, {elapsed:.1f} s"
    )
    assert parsed > 0.9 * len(files)


def test_summary_only_entries_are_marked() -> None:
    parsed = parse_feed_details(ATOM.encode(), url="https://ledger.example/atom")
    assert parsed.summary_only == (False, False)  # both carry full content
    rss = parse_feed_details(RSS2.encode(), url="https://gazette.example/rss")
    assert rss.summary_only == (True, True)
