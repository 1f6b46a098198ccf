"""Slack rendering (pure): mrkdwn escaping, safe links and the Block Kit shape of an alert.

Article text is untrusted: a headline or quote carrying "<!channel>" or "<https://evil|x>"
must reach Slack as visible characters, never as a mention or a disguised link. Slack's own
rule is that only `&`, `<` and `>` need escaping in mrkdwn, and untrusted sections are sent
`verbatim` so Slack does not auto-link bare URLs, "#channels" or "@here" in them either.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from bot import texts
from bot.alerts import attribution
from bot.models import Alert

ACTION_UNWATCH = "tw_unwatch"
ACTION_MUTE = "tw_mute"
HEADER_MAX = 150  # Slack rejects longer header blocks with invalid_blocks
SECTION_MAX = 3000  # the limit of one mrkdwn text object
FALLBACK_MAX = 3000

Block = dict[str, Any]


def escape(text: str) -> str:
    """Make text inert in Slack mrkdwn: no links, mentions or control sequences survive."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_url(url: str) -> str | None:
    """The URL made safe inside `<url|label>`, or None when it is not plain http(s).

    `|` would end the URL part and `>` the whole link, so both are percent-encoded (as a browser
    would send them anyway); `&` becomes `&amp;` as Slack expects in every mrkdwn string.
    """
    url = url.strip()
    if any(c.isspace() or ord(c) < 0x20 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return url.replace("&", "&amp;").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")


def link(url: str, label: str) -> str:
    """`<url|label>` when the URL is safe, else the label alone (escaped either way)."""
    target = safe_url(url)
    shown = escape(label or url)
    if target is None:
        return shown
    return f"<{target}|{shown}>"


def slack_date(when: datetime) -> str:
    """A date Slack shows in each reader's own time zone, with a UTC fallback for old clients."""
    moment = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    fallback = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"


def plain_date(when: datetime) -> str:
    moment = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def quote_mrkdwn(quote: str) -> str:
    lines = [line.strip() for line in quote.splitlines() if line.strip()] or [""]
    return _clip("\n".join(f">{escape(line)}" for line in lines), SECTION_MAX)


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _button(action_id: str, label: str, value: str, *, danger: bool = False) -> Block:
    button: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label, "emoji": False},
        "value": value,
    }
    if danger:
        button["style"] = "danger"
        button["confirm"] = {
            "title": {"type": "plain_text", "text": texts.SLACK_CONFIRM_TITLE},
            "text": {"type": "plain_text", "text": texts.SLACK_CONFIRM_UNWATCH},
            "confirm": {"type": "plain_text", "text": texts.BUTTON_UNWATCH},
            "deny": {"type": "plain_text", "text": texts.SLACK_CONFIRM_DENY},
        }
    return button


def context_line(alert: Alert) -> str:
    """'per Ukraine's GUR · <https://…|Outlet> · <!date^…>' (escaped, link validated)."""
    parts = [escape(attribution(alert))]
    if alert.link:
        parts.append(link(alert.link, alert.outlet or texts.SLACK_LINK_LABEL))
    elif alert.outlet:
        parts.append(escape(alert.outlet))
    if alert.published is not None:
        parts.append(slack_date(alert.published))
    return " · ".join(parts)


def alert_blocks(alert: Alert, *, watch_number: int) -> list[Block]:
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _clip(alert.headline, HEADER_MAX),
                     "emoji": False},
        },
        {"type": "section", "text": _mrkdwn(quote_mrkdwn(alert.quote))},
        {"type": "context", "elements": [_mrkdwn(context_line(alert))]},
    ]
    if alert.change:
        blocks.append({"type": "section", "text": _mrkdwn(_clip(escape(alert.change),
                                                                 SECTION_MAX))})
    if alert.watch:
        watch = texts.ALERT_WATCH.format(number=watch_number, rule=alert.watch)
        blocks.append({"type": "context", "elements": [_mrkdwn(escape(watch))]})
    value = str(watch_number)
    blocks.append({
        "type": "actions",
        "block_id": f"tw_watch_{watch_number}",
        "elements": [
            _button(ACTION_MUTE, texts.BUTTON_MUTE, value),
            _button(ACTION_UNWATCH, texts.BUTTON_UNWATCH, value, danger=True),
        ],
    })
    return blocks


def alert_fallback(alert: Alert) -> str:
    """The notification text and what clients without Block Kit show; escaped like the blocks."""
    lines = [alert.headline, f"“{alert.quote}”"]
    where = [attribution(alert)]
    if alert.published is not None:
        where.append(plain_date(alert.published))
    lines.append(" · ".join(where))
    if alert.change:
        lines.append(alert.change)
    if safe_url(alert.link) is not None:
        lines.append(alert.link)
    return _clip(escape("\n".join(lines)), FALLBACK_MAX)
