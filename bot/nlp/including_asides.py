"""The verb after an ", including ..." aside: "12,000 personnel, including 500 officers and
three generals, are being readied" tells the verb of the head figure and of every figure the
aside lists, though the aside stands between each of them and the verb."""

from __future__ import annotations

from bot.nlp.context import Sentence

_REACH = 12  # tokens from "including" to the comma that closes the aside


def past_including(s: Sentence, k: int, start: int) -> int:
    """Token k, or, when an ", including ... ," aside opens at k or holds the figure that
    starts at `start` and ends before k, the token after the aside's closing comma."""
    if "including" not in s.words:
        return k  # nearly every sentence: one set test
    lowers = s.lowers
    if k + 1 < s.end and lowers[k] == "," and lowers[k + 1] == "including":
        opening = k + 1  # "12,000 personnel, including ...": the head figure
    else:
        # "..., including 500 officers and three generals, are": a figure inside the list.
        opening = next((j for j in range(start - 1, max(s.start, start - _REACH) - 1, -1)
                        if lowers[j] in {",", "including"}), -1)  # fmt: skip
        if opening < s.start + 1 or lowers[opening] != "including" or (
            lowers[opening - 1] != ","
        ):
            return k
    close = next((j for j in range(max(k, opening + 1), min(s.end, opening + _REACH))
                  if lowers[j] == ","), None)  # fmt: skip
    return k if close is None else close + 1
