"""Captions of a photo gallery: "3 of 6 | Soldiers line up on the square. KCNA via Agency".

A gallery page (a "PHOTOS:" story) is told in its captions, each a line that opens with the
slide's counter and a bar before the caption itself. A bar elsewhere marks a line of page
furniture (`page_boxes`): a ticker, a navigation trail, a teaser list. Here the one bar only
sets the counter apart, and what follows it is prose written by the pictures desk, often with
the story's figures ("According to the agency, 18 soldiers were decorated"), so the line is
read as news. The counter itself is no figure: it has no noun after it to count.

The counter is the whole opening: a slide number no greater than the count ("1 of 6",
"Photo 2/8", "Image 3 of 12"); a line with a second bar is a box again ("1 of 3 | Live |
Markets").
"""

from __future__ import annotations

import re

_COUNTER = re.compile(
    r"(?:(?:photo|image|picture|slide)\s+)?(\d{1,2})(?:\s+of\s+|\s*/\s*)(\d{1,2})\s+\|\s+\S",
    re.IGNORECASE,
)
_BAR = " | "


def gallery_caption(line: str) -> bool:
    """Whether the stripped `line` is a gallery caption: a slide counter, one bar, then text."""
    if not line[:1].isdigit() and line[:1].lower() not in "psi":
        return False  # cheap: a counter opens with its number or its label
    match = _COUNTER.match(line)
    if match is None:
        return False
    slide, count = int(match.group(1)), int(match.group(2))
    return 1 <= slide <= count and line.count(_BAR) == 1
