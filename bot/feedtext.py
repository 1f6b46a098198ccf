"""HTML from feed entries → plain text with one paragraph per line.

The extractor splits sentences and quotes them in alerts, so what matters is that paragraph
boundaries survive as line breaks and that nothing a page hides from its readers (scripts,
styles, navigation, hidden elements) leaks into the text. The result is plain text: escaping it
for Telegram HTML or Slack mrkdwn is the renderer's job, never undone here.
"""

from __future__ import annotations

import html as htmllib
import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag
from bs4.filter import SoupStrainer

__all__ = ["feed_links", "html_to_text"]

# Elements whose content a reader never sees as article text.
_DROPPED = frozenset(
    {
        "applet", "audio", "button", "canvas", "datalist", "embed", "frame", "frameset",
        "head", "iframe", "input", "link", "map", "math", "meta", "nav", "noscript",
        "object", "option", "script", "select", "style", "svg", "template", "textarea",
        "title", "video",
    }
)  # fmt: skip

# Elements that start and end a paragraph.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip

_CELLS = frozenset({"td", "th"})

# C0/C1 controls, bidi overrides and invisible characters: they let hostile text reorder or
# hide what a chat shows, and carry no meaning for the extractor.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"\s+")
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml"}
)
# Feed discovery reads only the start of a page: <link> elements live in <head>.
_DISCOVERY_BYTES = 256 * 1024
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment or page, one paragraph per line, no empty lines."""
    if "<" not in html:
        # Not markup (a plain-text summary): only entities to decode. Skipping the parser also
        # keeps BeautifulSoup from warning that a bare URL "looks like a locator".
        return _join(_INVISIBLE.sub("", htmllib.unescape(html)).splitlines())
    soup = BeautifulSoup(html, "html.parser")
    return _join(_Walker().lines(soup))


def _join(raw_lines: list[str]) -> str:
    lines = (_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in raw_lines)
    return "\n".join(line for line in lines if line)


def _is_hidden(tag: Tag) -> bool:
    if tag.name in _DROPPED or tag.has_attr("hidden"):
        return True
    if str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


class _Walker:
    """Depth-first walk with an explicit stack: hostile markup nested thousands deep must not
    hit Python's recursion limit."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._parts: list[str] = []

    def lines(self, root: Tag) -> list[str]:
        # (node, leaving, inside <pre>): a block tag is pushed twice, to break before and after.
        stack: list[tuple[PageElement, bool, bool]] = [(root, False, False)]
        while stack:
            node, leaving, pre = stack.pop()
            if leaving:
                self._break()
                continue
            if isinstance(node, NavigableString):
                # Comments, CDATA, doctypes and processing instructions are not visible text.
                if not isinstance(node, PreformattedString):
                    self._text(str(node), pre)
                continue
            if not isinstance(node, Tag) or _is_hidden(node):
                continue
            name = node.name
            if name == "br":
                self._break()
                continue
            inner_pre = pre or name == "pre"
            if name in _BLOCKS:
                self._break()
                stack.append((node, True, pre))
            elif name in _CELLS:
                self._parts.append(" ")
            stack.extend((child, False, inner_pre) for child in reversed(node.contents))
        self._break()
        return self._lines

    def _text(self, text: str, pre: bool) -> None:
        if not pre:
            self._parts.append(text)
            return
        first, *rest = text.split("\n")
        self._parts.append(first)
        for line in rest:
            self._break()
            self._parts.append(line)

    def _break(self) -> None:
        if self._parts:
            self._lines.append("".join(self._parts))
            self._parts = []


def feed_links(page: bytes, base_url: str) -> tuple[str, ...]:
    """The feeds an HTML page advertises (<link rel="alternate" type="application/rss+xml">),
    absolute, http(s) only, in page order, without repeats."""
    head = page[:_DISCOVERY_BYTES]
    soup = BeautifulSoup(head, "html.parser", parse_only=SoupStrainer("link"))
    found: list[str] = []
    for link in soup.find_all("link"):
        if not isinstance(link, Tag):
            continue
        rel = link.get("rel")
        rels = {str(r).lower() for r in (rel.split() if isinstance(rel, str) else rel or [])}
        kind = str(link.get("type") or "").split(";", 1)[0].strip().lower()
        href = str(link.get("href") or "").strip()
        if "alternate" not in rels or kind not in _FEED_TYPES or not href:
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).scheme.lower() in ("http", "https") and url not in found:
            found.append(url)
    return tuple(found)
