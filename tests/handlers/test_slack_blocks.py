from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.models import Alert
from handlers.slack_blocks import (
    ACTION_MUTE,
    ACTION_UNWATCH,
    HEADER_MAX,
    alert_blocks,
    alert_fallback,
    escape,
    link,
    quote_mrkdwn,
    safe_url,
    slack_date,
)

HOSTILE = Alert(
    headline="Belarus · troops · 4,500 <!here>",
    quote="Minsk moved 4,500 troops to the border <!channel> <https://evil.example|click> "
          "& <@U0BOSS> said so",
    claimant="Belarus's <b>defence</b> ministry",
    outlet="Border Herald & Co",
    published=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
    link="https://herald.example/story?id=7&x=a|b>c",
    change="up from 3,000 reported on Feb 2 by <!everyone>",
    watch="Belarus troops >= 1000",
)


def _by_type(blocks: list[dict[str, object]], kind: str) -> list[dict[str, object]]:
    return [b for b in blocks if b["type"] == kind]


def test_escape_neutralises_control_sequences() -> None:
    assert escape("<!channel> & <@U1|x>") == "&lt;!channel&gt; &amp; &lt;@U1|x&gt;"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x?q=1&r=2", "https://a.example/x?q=1&amp;r=2"),
        ("http://a.example/p|q>r<s", "http://a.example/p%7Cq%3Er%3Cs"),
        ("javascript:alert(1)", None),
        ("ftp://a.example/file", None),
        ("https://", None),
        ("https://a.example/with space", None),
        ("", None),
    ],
)
def test_safe_url(url: str, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_link_falls_back_to_label_for_unsafe_urls() -> None:
    assert link("javascript:alert(1)", "Outlet <x>") == "Outlet &lt;x&gt;"
    assert link("https://a.example/", "A & B") == "<https://a.example/|A &amp; B>"


def test_quote_is_a_block_quote_per_line() -> None:
    assert quote_mrkdwn("first line\n\nsecond > third") == ">first line\n>second &gt; third"


def test_slack_date_has_a_utc_fallback() -> None:
    when = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    assert slack_date(when) == (
        f"<!date^{int(when.timestamp())}^{{date_short_pretty}} {{time}}|2025-03-04 09:30 UTC>"
    )


def test_alert_blocks_shape_and_escaping() -> None:
    blocks = alert_blocks(HOSTILE, watch_number=3)
    header = _by_type(blocks, "header")[0]
    assert header["text"] == {"type": "plain_text", "text": HOSTILE.headline, "emoji": False}
    sections = _by_type(blocks, "section")
    quote = sections[0]["text"]
    assert isinstance(quote, dict)
    assert quote["verbatim"] is True
    assert quote["text"].startswith(">Minsk moved 4,500 troops")
    assert "&lt;!channel&gt;" in quote["text"]
    assert "&lt;https://evil.example|click&gt;" in quote["text"]
    assert "&lt;@U0BOSS&gt;" in quote["text"]
    assert sections[1]["text"]["text"] == "up from 3,000 reported on Feb 2 by &lt;!everyone&gt;"  # type: ignore[index]
    context = _by_type(blocks, "context")[0]["elements"][0]["text"]  # type: ignore[index]
    assert "per Belarus's &lt;b&gt;defence&lt;/b&gt; ministry" in context
    assert "<https://herald.example/story?id=7&amp;x=a%7Cb%3Ec|Border Herald &amp; Co>" in context
    assert "<!date^" in context
    watch_line = _by_type(blocks, "context")[1]["elements"][0]["text"]  # type: ignore[index]
    assert watch_line == "Watch #3: Belarus troops &gt;= 1000"
    actions = _by_type(blocks, "actions")[0]["elements"]
    assert isinstance(actions, list)
    assert [(a["action_id"], a["value"]) for a in actions] == [
        (ACTION_MUTE, "3"), (ACTION_UNWATCH, "3")]
    assert [a["text"]["text"] for a in actions] == ["Mute this watch", "Unwatch"]
    # plain_text (the header) is shown literally; in every mrkdwn part the only control
    # sequences are the ones we built ourselves.
    dumped = json.dumps([b for b in blocks if b["type"] != "header"])
    for injected in ("<!channel>", "<!here>", "<!everyone>", "<https://evil", "<@U0BOSS>"):
        assert injected not in dumped


def test_alert_without_optional_parts() -> None:
    plain = Alert(headline="NATO · mentioned", quote="NATO met.", claimant=None, outlet="",
                  published=None, link="not a url")
    blocks = alert_blocks(plain, watch_number=1)
    assert [b["type"] for b in blocks] == ["header", "section", "context", "actions"]
    context = blocks[2]["elements"][0]["text"]
    assert context == "per the outlet (unattributed) · article"


def test_long_headline_is_clipped_to_slack_limit() -> None:
    long = Alert(headline="x" * 400, quote="q", claimant=None, outlet="o", published=None,
                 link="https://o.example/")
    header = alert_blocks(long, watch_number=1)[0]["text"]["text"]
    assert len(header) == HEADER_MAX
    assert header.endswith("…")


def test_fallback_text_is_escaped_and_complete() -> None:
    text = alert_fallback(HOSTILE)
    assert text.splitlines()[0] == "Belarus · troops · 4,500 &lt;!here&gt;"
    assert "&lt;!channel&gt;" in text
    assert "2025-03-04 09:30 UTC" in text
    assert "<" not in text
    assert ">" not in text
