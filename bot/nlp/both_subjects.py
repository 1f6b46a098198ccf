""""after both parliaments and leaders ratified it": an "and" that joins the two halves of a
"both ... and" subject inside an "after" clause does not end the clause, as the "and" of a
new clause does ("after the vote, and the president signed it")."""

from __future__ import annotations

from bot.nlp.context import Sentence

# "after both the Duma and the Federation Council approved it": "after", "both", then the
# subject's two halves, a few words each.
_SUBJECT_REACH = 8


def both_and_subject(s: Sentence, and_at: int) -> bool:
    """Whether the "and" at `and_at` joins a "both ... and" subject right after "after"."""
    for k in range(and_at - 1, max(s.start, and_at - _SUBJECT_REACH) - 1, -1):
        if s.lowers[k] == "both":
            return k > s.start and s.lowers[k - 1] == "after"
        if not s.lowers[k].isalpha():
            return False  # a comma or a number: no single subject
    return False
