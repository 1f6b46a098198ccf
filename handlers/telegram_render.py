"""An Alert as Telegram HTML, split into messages Telegram will accept (pure).

Telegram's HTML parse mode rejects a whole message for one stray `<` or an unclosed tag, and
refuses text longer than 4096 characters. So every piece of text is escaped here and nowhere
else, tags are only ever emitted in open/close pairs around one piece, and a message that is
too long is cut between pieces or inside a piece's text — never inside a tag or an entity.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot import texts
from bot.alerts import attribution
from bot.errors import DeliveryError
from bot.models import Alert

MAX_MESSAGE = 4096
"""Telegram's limit, in UTF-16 code units of the parsed text. We measure the HTML source,
which is never shorter, so a part that fits here fits there."""

# A longer URL would not leave room for its own anchor text in one message.
_MAX_LINK = 2048
_WORDS = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Plain text with at most one tag around it; `href` only for `a`."""

    text: str
    tag: str | None = None
    href: str | None = None

    def open(self) -> str:
        if self.tag is None:
            return ""
        if self.href is not None:
            return f'<{self.tag} href="{html.escape(self.href, quote=True)}">'
        return f"<{self.tag}>"

    def close(self) -> str:
        return f"</{self.tag}>" if self.tag is not None else ""

    def render(self, text: str | None = None) -> str:
        body = html.escape(self.text if text is None else text)
        return self.open() + body + self.close()


NEWLINE = Piece("\n")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def safe_link(url: str) -> str | None:
    """The URL if it is an absolute http(s) link; anything else (javascript:, data:, relative)
    is never turned into a clickable anchor."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return None
    return url


def alert_pieces(alert: Alert, *, watch_number: int | None = None) -> list[Piece]:
    pieces: list[Piece] = [Piece(alert.headline, "b"), NEWLINE]
    if alert.quote.strip():
        pieces += [Piece(alert.quote.strip(), "blockquote"), NEWLINE]
    pieces += [Piece(attribution(alert)), NEWLINE]
    if alert.change:
        pieces += [Piece(alert.change, "i"), NEWLINE]
    source: list[Piece] = []
    if alert.outlet:
        source.append(Piece(alert.outlet))
    source.append(
        Piece(alert.published.strftime("%Y-%m-%d") if alert.published else texts.TELEGRAM_UNDATED)
    )
    link = safe_link(alert.link)
    if link is not None and len(link) <= _MAX_LINK:
        source.append(Piece(texts.TELEGRAM_LINK_LABEL, "a", link))
    for i, piece in enumerate(source):
        if i:
            pieces.append(Piece(" · "))
        pieces.append(piece)
    if watch_number is not None and alert.watch:
        pieces += [
            NEWLINE,
            Piece(texts.ALERT_WATCH.format(number=watch_number, rule=alert.watch), "i"),
        ]
    return pieces


def render_alert(
    alert: Alert, *, watch_number: int | None = None, limit: int = MAX_MESSAGE
) -> list[str]:
    """The alert as one or more HTML messages, each at most `limit` UTF-16 units."""
    return split_pieces(alert_pieces(alert, watch_number=watch_number), limit=limit)


def render_reply(text: str, *, limit: int = MAX_MESSAGE) -> list[str]:
    """A command reply (plain text) escaped, split between lines where it must be split."""
    pieces: list[Piece] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            pieces.append(NEWLINE)
        pieces.append(Piece(line))
    return split_pieces(pieces, limit=limit)


def split_pieces(pieces: list[Piece], *, limit: int = MAX_MESSAGE) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    used = 0

    def flush() -> None:
        nonlocal current, used
        text = "".join(current).strip("\n")
        if text.strip():
            parts.append(text)
        current, used = [], 0

    for piece in pieces:
        remaining_text = piece.text
        while remaining_text:
            rendered = piece.render(remaining_text)
            size = utf16_len(rendered)
            if used + size <= limit:
                current.append(rendered)
                used += size
                break
            if size <= limit and current:
                # It fits a message of its own: start one rather than cut it.
                flush()
                continue
            if piece is NEWLINE or piece.text.isspace():
                # A break between pieces is where a message ends anyway.
                flush()
                break
            head, tail = _cut(piece, remaining_text, limit - used, whole_message=not current)
            if not head:
                if not current:
                    # Nothing fits even in an empty message: the tag itself exceeds the limit.
                    raise DeliveryError(f"a <{piece.tag}> tag does not fit in {limit} characters")
                flush()
                continue
            current.append(piece.render(head))
            flush()
            remaining_text = tail.lstrip()
    flush()
    return parts


def _cut(piece: Piece, text: str, room: int, *, whole_message: bool) -> tuple[str, str]:
    """The longest head of `text` that renders within `room`, cut at a word boundary. Only
    when a whole message cannot hold the next word is the word itself cut (a very long token
    must still go out); otherwise the caller starts a new message first."""
    overhead = utf16_len(piece.open() + piece.close())
    budget = room - overhead
    if budget <= 0:
        return "", text
    # Text is escaped after it is cut, so a cut never lands inside an entity such as &amp;.
    head_len = 0
    used = 0
    for word in _WORDS.finditer(text):
        size = utf16_len(html.escape(word.group()))
        if used + size > budget:
            break
        used += size
        head_len = word.end()
    if head_len == 0 and whole_message:
        for i, ch in enumerate(text):
            size = utf16_len(html.escape(ch))
            if used + size > budget:
                break
            used += size
            head_len = i + 1
    return text[:head_len].rstrip(), text[head_len:]
