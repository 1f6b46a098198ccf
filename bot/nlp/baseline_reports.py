"""An earlier month's report that dates only the baseline of a change: "about 9,500 troops
remain, down from about 10,000 in its December estimate". The report named by its month is
the older figure's source; the new figure before "down from" is the news the change is
measured to. `month_briefings` makes the whole clause of such a report history, and the
clause runs on past ", down from", so the new figure went with the old one.

Only "from" right after a word of change (`compared_dates.CHANGE_WORDS`) marks the
baseline: "sent 3,000 troops from the Far East, according to its March report" is one
report's figures throughout."""

from __future__ import annotations

from bot.nlp.compared_dates import CHANGE_WORDS
from bot.nlp.context import Sentence


def baseline_start(s: Sentence, first: int, report: int) -> int:
    """Where the part of clause [first, ...) that the report at `report` dates starts: at the
    "from" of a change between them, else `first`."""
    if "from" not in s.words:
        return first  # nearly every sentence
    for k in range(report - 1, max(first, s.start + 1) - 1, -1):
        if s.lowers[k] == "from" and s.lowers[k - 1] in CHANGE_WORDS:
            return k
    return first
