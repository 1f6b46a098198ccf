"""Alerts and replies as Telegram HTML: escaping, the only-http(s) link rule, and splitting
long messages into parts that each parse and fit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.botapi import parse_html

from bot import texts
from bot.errors import DeliveryError
from bot.models import Alert
from handlers.telegram_render import (
    MAX_MESSAGE,
    Piece,
    render_alert,
    render_reply,
    safe_link,
    split_pieces,
    utf16_len,
)


def alert(**changes: object) -> Alert:
    fields: dict[str, object] = {
        "headline": "Treaty · Russia, North Korea · ratified",
        "quote": "The upper house ratified the pact on Wednesday, the agency said.",
        "claimant": None,
        "outlet": "Coastline Wire",
        "published": datetime(2024, 11, 6, tzinfo=UTC),
        "link": "https://wire.example.net/a/1",
        "change": None,
        "watch": "treaty Russia North Korea ratified",
    }
    fields.update(changes)
    return Alert(**fields)  # type: ignore[arg-type]


def test_short_alert_is_one_message_with_every_part() -> None:
    [message] = render_alert(alert(), watch_number=4)
    assert message == (
        "<b>Treaty · Russia, North Korea · ratified</b>\n"
        "<blockquote>The upper house ratified the pact on Wednesday, the agency said."
        "</blockquote>\n"
        "per Coastline Wire (unattributed)\n"
        'Coastline Wire · 2024-11-06 · <a href="https://wire.example.net/a/1">'
        f"{texts.TELEGRAM_LINK_LABEL}</a>\n"
        "<i>Watch #4: treaty Russia North Korea ratified</i>"
    )


def test_every_field_is_escaped() -> None:
    hostile = alert(
        headline="<b>bold</b> & co",
        quote="<a href='x'>click</a>",
        claimant='the "ministry" <i>',
        outlet="A&B <News>",
        change="up from <10> & more",
        link='https://example.org/?q="><script>',
        watch='"<phrase>"',
    )
    [message] = render_alert(hostile, watch_number=1)
    plain, tags = parse_html(message)
    assert [t for t, _ in tags] == ["b", "blockquote", "i", "a", "i"]
    assert "<b>bold</b> & co" in plain
    assert "<a href='x'>click</a>" in plain
    assert 'per the "ministry" <i>' in plain
    assert "A&B <News>" in plain
    assert dict(tags)["a"] == 'https://example.org/?q="><script>'


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:text/html,hi",
        "/relative/path",
        "ftp://files.example.org/x",
        "https://",
        "https://exa mple.org/",
    ],
)
def test_only_absolute_http_links_become_anchors(link: str) -> None:
    assert safe_link(link) is None
    [message] = render_alert(alert(link=link))
    assert "<a " not in message


def test_http_links_pass() -> None:
    assert safe_link(" http://example.org/a?b=1 ") == "http://example.org/a?b=1"
    assert safe_link("HTTPS://example.org") == "HTTPS://example.org"


def test_undated_alert_says_so() -> None:
    [message] = render_alert(alert(published=None))
    assert f"Coastline Wire · {texts.TELEGRAM_UNDATED} · <a " in message


def test_long_quote_is_split_into_parts_that_each_parse_and_fit() -> None:
    quote = " ".join(f"w{i}&<{i}>" for i in range(2500))
    parts = render_alert(alert(quote=quote), watch_number=2)
    assert len(parts) >= 4
    words: list[str] = []
    for part in parts:
        assert utf16_len(part) <= MAX_MESSAGE
        plain, tags = parse_html(part)
        words += plain.split()
        assert tags  # every part keeps its formatting
    assert parts[0].startswith("<b>Treaty")
    assert " ".join(quote.split()) in " ".join(words)
    assert parts[-1].endswith("</i>")


def test_a_token_longer_than_a_message_is_cut_inside_it() -> None:
    quote = "x" * 9000 + " tail"
    parts = render_alert(alert(quote=quote))
    assert all(utf16_len(p) <= MAX_MESSAGE for p in parts)
    plain = "".join(parse_html(p)[0] for p in parts)
    assert plain.count("x") == 9000


def test_utf16_units_are_what_counts() -> None:
    # Each emoji is one code point but two UTF-16 units, as Telegram counts them.
    quote = "🛰" * 3000
    parts = render_alert(alert(quote=quote))
    assert len(parts) >= 2
    assert all(utf16_len(p) <= MAX_MESSAGE for p in parts)


def test_a_piece_that_fits_a_message_of_its_own_is_not_cut() -> None:
    quote = "b " * 29 + "b"
    pieces = [Piece("a" * 60, "b"), Piece("\n"), Piece(quote, "blockquote")]
    parts = split_pieces(pieces, limit=100)
    assert parts == ["<b>" + "a" * 60 + "</b>", f"<blockquote>{quote}</blockquote>"]


def test_a_tag_that_cannot_fit_is_an_error_not_a_loop() -> None:
    with pytest.raises(DeliveryError):
        split_pieces([Piece("text", "a", "https://example.org/" + "p" * 200)], limit=100)


def test_reply_splits_between_lines() -> None:
    text = "\n".join(f"#{i} North Korea troops >= {i}0000" for i in range(400))
    parts = render_reply(text)
    assert len(parts) >= 3
    lines: list[str] = []
    for part in parts:
        assert utf16_len(part) <= MAX_MESSAGE
        lines += parse_html(part)[0].split("\n")
    assert lines == text.split("\n")


def test_reply_is_escaped() -> None:
    assert render_reply('Use <entity> & "phrase"') == [
        "Use &lt;entity&gt; &amp; &quot;phrase&quot;"
    ]
