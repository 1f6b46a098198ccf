"""Where a timeline box ends when no subhead closes it: a wire story sets "TIMELINE" over a
run of dated entries ("June 3, 2023 - ...", "Aug. 9 - ...", "2021 - ...") and then goes back
to its body with no heading at all ("The agency said last week that ..."). The history is
the run of entries, so the first line after it that is no dated entry ends the section; the
body that follows tells the news again.

Only a "TIMELINE" section whose first line is itself a dated entry: one written as prose
paragraphs, and an "EARLIER ESTIMATES" or "BACKGROUND" section, whose prose after a dated
line may still be history, run to the next subhead as before."""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "June 19, 2024 - ", "Oct. 24 - ", "24 October 2024: ", "2021 - ": the head of an entry.
_ENTRY = re.compile(
    r"^\s*(?:(?:\d{1,2}\s+)?" + _MONTH + r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?"
    r"|(?:19|20)\d{2})\s*[-–—:]\s+\S"
)


def entry_line(line: str) -> bool:
    """Whether a line opens with a date and a dash or colon, as a timeline's entry does."""
    return _ENTRY.match(line) is not None


def timeline_end(text: str, opened: int) -> int | None:
    """The offset where the run of dated entries after `opened` (the end of a "TIMELINE"
    heading line) stops, or None when the heading is no timeline's or opens no run."""
    heading = text[text.rfind("\n", 0, opened) + 1 : opened]
    if "TIMELINE" not in heading:
        return None
    at = opened + 1 if text.startswith("\n", opened) else opened
    seen = False
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip():
            if not entry_line(line):
                return at if seen else None
            seen = True
        at = end + 1
    return None
