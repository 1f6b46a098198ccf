from __future__ import annotations

import time

import pytest

from bot.feedtext import html_to_text


def test_paragraphs_become_lines() -> None:
    html = (
        "<p>The ministry said <b>3,200 soldiers</b>\n   reached the border.</p>"
        "<p>Officials in Valmora declined to comment.<br>Talks resume on Monday.</p>"
        "<h2>Background</h2><div>The accord was signed in March.</div>"
    )
    assert html_to_text(html) == (
        "The ministry said 3,200 soldiers reached the border.\n"
        "Officials in Valmora declined to comment.\n"
        "Talks resume on Monday.\n"
        "Background\n"
        "The accord was signed in March."
    )


def test_lists_tables_and_preformatted_text() -> None:
    html = (
        "<ul><li>12 tanks</li><li>40 drones</li></ul>"
        "<table><tr><th>Unit</th><th>Size</th></tr><tr><td>Brigade</td><td>4,000</td></tr></table>"
        "<pre>line one\nline  two</pre>"
    )
    assert html_to_text(html).splitlines() == [
        "12 tanks",
        "40 drones",
        "Unit Size",
        "Brigade 4,000",
        "line one",
        "line two",
    ]


def test_entities_are_decoded() -> None:
    assert html_to_text("<p>Smith &amp; Jones&nbsp;said &#8220;no&#8221; &lt;again&gt;</p>") == (
        "Smith & Jones said \u201cno\u201d <again>"
    )


def test_plain_text_keeps_its_lines_and_decodes_entities() -> None:
    assert (
        html_to_text("First &amp; foremost\n\n  second   line ") == "First & foremost\nsecond line"
    )
    assert html_to_text("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&c=2"


def test_invisible_content_is_dropped() -> None:
    html = (
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<script>document.write('injected')</script>"
        "<style>.x { color: red }</style>"
        "<noscript>enable scripts</noscript>"
        "<p>Visible report.</p>"
        "<div style='display: none'>hidden by style</div>"
        "<span hidden>hidden attribute</span>"
        "<span aria-hidden='true'>icon</span>"
        "<!-- a comment --><![CDATA[cdata text]]>"
        "<template><p>template text</p></template>"
    )
    assert html_to_text(html) == "Visible report."


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p onclick='steal()'>Click</p>", "Click"),
        ("<img src=x onerror=alert(1)>after", "after"),
        ("<a href='javascript:alert(1)'>a link</a>", "a link"),
        ("<iframe src='https://evil.example/'>frame text</iframe>ok", "ok"),
        ("<svg><script>alert(1)</script><text>svg text</text></svg>ok", "ok"),
        ("<p>unclosed <i>italic<p>next", "unclosed italic\nnext"),
        ("</p></div>stray closers<p>", "stray closers"),
        ("<scr<script>ipt>alert(1)</script>x", "ipt>alert(1)x"),
        ("a\u202eevil\u202c b\x00c\u200b", "aevil bc"),
    ],
)
def test_hostile_html_is_plain_and_safe(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_deep_nesting_does_not_recurse() -> None:
    depth = 50_000
    started = time.perf_counter()
    text = html_to_text("<div><span>" * depth + "core" + "</span></div>" * depth)
    assert text == "core"
    assert time.perf_counter() - started < 30


def test_empty_and_whitespace_only() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<p> </p><div>\n\t</div>") == ""
