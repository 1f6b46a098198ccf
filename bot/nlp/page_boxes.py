"""Boxes of page furniture that a scraped page keeps between and around its paragraphs: the
weather box ("Today: 47°F, cloudy | Tonight: low of 35°F"), the ticker ("Edmonton 18°C, sunny |
Oilers 3, Stars 1 (Final)"), the Most-read list ("Most read: 1. Airport adds 12 bag-drop machines
| 2. ..."), the cookie banner ("We and our 847 partners store ... | Accept all") and the
subscription offer ("Subscribe now: $1 for 6 months").

Three shapes, each a whole line:
- a line with fields set apart by " | ": prose never separates its clauses with a bar, while
  navigation, tickers, datelines, teaser lists and banners always do;
- a line opening with a furniture label and its colon ("Weather: Olsztyn 9°C, light rain",
  "Most read: ..."), ending as a box does, with no full stop: a brief written as a sentence
  ("Weather: Snow overnight, with lows of minus 4C in the mountains.") is news;
- the numbered items ("1. A5 roadworks: diversions in place for 6 weeks") under a line that is
  only a list label ("Most read", "Trending").

The names in such a line still count as mentions; no figure or treaty step is read from it.
The first line is left alone: it is the headline, which may carry its outlet after a bar.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.nlp.gallery_captions import gallery_caption

# "Today in Gangwon:", "Most read:", "Subscribe now:"; the label is the whole opening.
_LABELLED = re.compile(
    r"""(?:most\ (?:read|popular|viewed|shared|watched) | trending(?:\ now)? | popular\ now
      | weather | forecast | today(?:\ in\ [^:|]{1,30})? | tonight | subscribe(?:\ now)?
      | newsletter)\s*:""",
    re.VERBOSE | re.IGNORECASE,
)
# A line that is only the label of a list of links below it.
_LIST_LABEL = re.compile(
    r"(?:most\ (?:read|popular|viewed|shared|watched)|trending(?:\ now)?|popular\ now"
    r"|top\ stories)[.:]?",
    re.VERBOSE | re.IGNORECASE,
)
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
_BAR = " | "
_STOPS = frozenset(".!?")


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the lines that are page furniture, in order."""
    if _BAR not in text and ":" not in text:
        return []  # a page with neither holds none of these boxes
    ranges: list[tuple[int, int]] = []
    offset = 0
    in_list = False
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        end = offset + len(line)
        if number > 0 and stripped:
            if _LIST_LABEL.fullmatch(stripped):
                in_list = True  # the label itself holds nothing to read
            elif (_BAR in stripped and not gallery_caption(stripped)) or (
                _LABELLED.match(stripped) and stripped[-1] not in _STOPS
            ) or (in_list and _NUMBERED.match(stripped)):
                ranges.append((offset, end))
            else:
                in_list = False
        offset = end + 1
    return ranges


def in_furniture(
    ranges: list[tuple[int, int]], texts: list[str], idxs: list[int], start: int, end: int
) -> bool:
    """Whether the sentence of tokens [start, end) stands in one of `ranges` (sorted and
    disjoint, from `furniture_lines`). A sentence never crosses a line break, so its first
    word tells its line."""
    if not ranges:
        return False
    while start < end and texts[start].isspace():
        start += 1
    if start == end:
        return False
    position = idxs[start]
    k = bisect_right(ranges, position, key=lambda r: r[0]) - 1
    return k >= 0 and ranges[k][0] <= position < ranges[k][1]
