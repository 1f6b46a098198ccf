"""Nouns of what a source tells, for "a briefing by the National Intelligence Service, which
told lawmakers that ...": the relative clause hangs on the source after "by", as it does after
a participle ("figures published by X, which"), however long the words before the noun. The
noun is the source's telling, so the source named after "by" is the one the "which" means."""

from __future__ import annotations

TOLD_NOUNS = frozenset(
    {"briefing", "briefings", "report", "reports", "assessment", "assessments", "statement",
     "statements", "presentation", "testimony", "analysis", "estimate", "estimates"}
)  # fmt: skip
