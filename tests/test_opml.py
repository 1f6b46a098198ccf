from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import FeedParseError
from bot.opml import MAX_FEEDS, OpmlFeed, export_opml, looks_like_opml, parse_opml

LIST = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Desk feeds</title></head>
  <body>
    <outline text="Wire" title="Wire" type="rss" xmlUrl="https://wire.example/rss"/>
    <outline text="Regional">
      <outline text="Ledger" type="rss" xmlUrl="https://ledger.example/atom.xml"/>
      <outline text="Wire again" type="rss" xmlUrl="https://wire.example/rss"/>
    </outline>
    <outline text="Local file" type="rss" xmlUrl="file:///etc/passwd"/>
    <outline text="A link, not a feed" type="link" url="https://elsewhere.example/list.opml"/>
  </body>
</opml>
"""


def test_nested_outlines_are_read_in_order_without_repeats_or_non_http() -> None:
    assert parse_opml(LIST) == [
        OpmlFeed("https://wire.example/rss", "Wire"),
        OpmlFeed("https://ledger.example/atom.xml", "Ledger"),
    ]


def test_a_url_string_is_never_fetched_and_non_opml_is_refused() -> None:
    assert not looks_like_opml(b"https://wire.example/list.opml")
    with pytest.raises(FeedParseError, match="not an OPML"):
        parse_opml(b"https://wire.example/list.opml")
    with pytest.raises(FeedParseError, match="not an OPML"):
        parse_opml(b"<rss version='2.0'><channel/></rss>")


def test_broken_opml_still_yields_what_it_can() -> None:
    broken = b'<opml><body><outline xmlUrl="https://a.example/rss" text="A"><outline'
    assert parse_opml(broken) == [OpmlFeed("https://a.example/rss", "A")]


def test_huge_list_is_refused() -> None:
    lines = "".join(
        f'<outline type="rss" xmlUrl="https://f{i}.example/rss"/>' for i in range(MAX_FEEDS + 1)
    )
    with pytest.raises(FeedParseError, match="more than"):
        parse_opml(f"<opml><body>{lines}</body></opml>".encode())


def test_export_round_trips() -> None:
    feeds = [OpmlFeed("https://wire.example/rss?a=1&b=2", "Wire & Co"),
             OpmlFeed("https://ledger.example/atom.xml", None)]
    data = export_opml(feeds, now=datetime(2024, 10, 24, tzinfo=UTC))
    assert data.startswith(b"<?xml")
    assert b"Thu, 24 Oct 2024" in data
    assert parse_opml(data) == [feeds[0], OpmlFeed("https://ledger.example/atom.xml",
                                                   "https://ledger.example/atom.xml")]
