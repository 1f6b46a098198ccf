"""Figures their source has since replaced or a correction withdrew: history, not news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_REVISED = frozenset({"revising", "revised", "revise", "raising", "raised", "lowering",
                      "lowered", "corrected", "correcting"})
_REVISION_MARKS = frozenset({"before", "later", "since", "upward", "upwards", "downward",
                             "downwards"})  # fmt: skip
_SUPERSEDING = _REVISED | {"correction", "version"}


def superseded(s: Sentence, f: Figure) -> bool:
    """A figure its source has since replaced: "put the toll at 3,000 in January, before
    revising it upward", or a correction note ("An earlier version of this story said 13
    people were injured")."""
    if _SUPERSEDING.isdisjoint(s.words):
        return False  # none of the words a test below needs: nearly every sentence
    words = s.lowers[s.start : s.end]
    if words[:1] == ["correction"] or ("version" in words and any(
        words[k : k + 2] == ["earlier", "version"] for k in range(len(words) - 1)
    )):  # fmt: skip
        return True
    if _REVISED.isdisjoint(s.lowers[f.end : s.end]):
        return False
    for k in range(f.end, s.end):
        if s.lowers[k] in _REVISED and not _REVISION_MARKS.isdisjoint(s.lowers[k - 1 : k + 4]):
            return True
    return False
