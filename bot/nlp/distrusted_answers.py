"""Answers that reject a question's figures by distrusting their source rather than calling
them untrue: "Question: Nigeria says 2,500 of your soldiers died. Is that so?" then
"Spokesman: These are numbers from hostile services. We have no reason to trust them."
Officials at briefings often dismiss another side's estimates this way, with no verdict word
("lies", "fabrication") for `denied_questions` to find; the answer still denies the figures.

Only a plain refusal to trust or believe the figures counts: "no reason to trust/believe",
"(do) not trust them", "cannot be trusted", "not credible". Doubting a doubt ("no reason to
doubt them") or declining to judge ("I wouldn't say they're wrong") denies nothing, and a
"believe" that opens a clause ("I don't believe it will change") is no verdict on figures.
"""

from __future__ import annotations

import re

_DISTRUST = re.compile(
    r"\bno (?:reason|grounds|basis) to (?:trust|believe)\b"
    r"|\b(?:not|n['’]t|never) (?:to )?(?:trust|believe) (?:them|these|those|such)\b"
    r"|\b(?:not|n['’]t|never) (?:to )?trust (?:it|this|that)\b"
    r"|\b(?:cannot|can['’]t|not) be (?:trusted|believed)\b"
    r"|\b(?:not|hardly) (?:credible|reliable|trustworthy)\b"
)
_CUES = ("trust", "believ", "credible", "reliable")  # the cheap test before the pattern
# The words a distrusting answer holds one of: a pass's trigger words (trigger_passes.py).
DISTRUST_WORDS = frozenset(
    {"trust", "trusted", "believe", "believed", "credible", "reliable", "trustworthy"}
)


def distrusts(answer: str) -> bool:
    """Whether the lower-cased opening of an answer refuses to trust what was asked about."""
    if not any(cue in answer for cue in _CUES):
        return False  # nearly every answer: four substring tests
    return _DISTRUST.search(answer) is not None
