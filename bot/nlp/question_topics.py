"""A question that opens a topic by naming a country sets the side later answers count:
"Minister, can we start with North Korea. Has Pyongyang's role in Russia changed?" then
"And casualties?" ... "around 6,000 killed and wounded". "Start with", "turn to", "move on
to" name what the questions are about, as "North Korean troops" names whose people."""

from __future__ import annotations

import re

_TOPIC = re.compile(
    r"\b(?:start|begin|turn|turning|move on|moving on|come|coming|go|going) (?:with|to) $",
    re.IGNORECASE,
)
_REACH = 20  # characters before the name: "moving on to " is thirteen


def opens_topic(text: str, name_start: int) -> bool:
    """Whether the name at `name_start` is what a question turns to ("start with X")."""
    return _TOPIC.search(text, max(0, name_start - _REACH), name_start) is not None
