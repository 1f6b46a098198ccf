"""A participle aside that says how a body came about, set off between the body and its
reporting verb: "The monitoring group, set up in 2023 by 11 countries including Japan and
Canada, said ...". The aside names others (its founders, its backers), often as a list with
commas of its own, so the ordinary aside search stops at the list's last comma and reads a
founder as the speaker. The speaker is the name before the aside's opening comma.

Only an aside opened by one of the participles below, right after a comma; only within a
few dozen words of the reporting verb's comma."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Participles that tell a body's making, leadership or backing: "launched in 2024 by",
# "founded by", "set up by", "backed by", "led by".
_MADE = frozenset(
    {"launched", "founded", "established", "created", "formed", "set", "backed", "funded",
     "led", "headed", "chaired", "sponsored", "convened", "mandated", "comprising"}
)  # fmt: skip
_REACH = 30  # "launched in 2024 by 11 countries including ..., the United States and Japan"


def described_aside_comma(s: Sentence, closing: int) -> int | None:
    """The comma opening a making aside that the comma at `closing` ends, or None."""
    if _MADE.isdisjoint(s.words):
        return None  # most sentences tell no body's making
    for k in range(closing - 1, max(s.start, closing - _REACH), -1):
        if s.lowers[k] not in _MADE or s.lowers[k - 1] != ",":
            continue
        if s.lowers[k] == "set" and s.lowers[k + 1] != "up":
            continue  # "set" alone is no making: "a set of ..."
        return k - 1 if k - 1 > s.start else None
    return None
