""""Exchanged ratification documents", "instruments of ratification": the papers each side's
ratification produced. Swapping them puts a treaty in force (a step of its own); it is no new
ratification, which happened when each side's law or decree was passed."""

from __future__ import annotations

from bot.nlp.context import Sentence

_PAPERS = frozenset({"documents", "document", "instruments", "instrument", "papers", "letters"})


def names_papers(s: Sentence, i: int) -> bool:
    """Token i ("ratification") names the papers, before or after it."""
    before = s.lowers[max(s.start, i - 2) : i]
    after = s.lowers[i + 1] if i + 1 < s.end else ""
    return (len(before) == 2 and before[0] in _PAPERS and before[1] == "of") or after in _PAPERS
