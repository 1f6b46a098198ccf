"""States told as judging a count, not as having sent it: "Washington and Seoul now broadly
agree on the size of the force: about 11,000 troops remain in Russia". The states that agree,
differ or believe are the count's judges, like the source that gives it; naming them says
nothing of whose troops were counted, so they must not stand as a second sender beside the
one the story has abroad (unowned_sendings.py).

Only a state that is the subject of such a verb: the words between it and the verb are other
names joined by "and" or adverbs ("Washington and Seoul now broadly agree"). "Washington and
Seoul sent more troops" or "Seoul's agency believes" (a possessive names the agency's owner,
the teller rule's business) are left alone."""

from __future__ import annotations

from collections.abc import Iterable

from bot.models import Mention

# Verbs of judging a figure rather than acting on troops.
_JUDGING = frozenset(
    {"agree", "agrees", "agreed", "concur", "concurs", "concurred", "disagree", "disagrees",
     "disagreed", "differ", "differs", "differed", "believe", "believes", "believed"}
)  # fmt: skip
# Words that may stand between a coordinated subject and its verb.
_BETWEEN = frozenset({"and", "both", "now", "still", "also", "all", "largely", "mostly"})
_REACH = 8  # "Washington and Seoul now broadly agree": words scanned after the state


def judging_states(text: str, mentions: Iterable[Mention], first: int, end: int) -> set[str]:
    """Entities of the mentions in text[first:end] that are subjects of a judging verb there."""
    inside = sorted((m for m in mentions if first <= m.start < end), key=lambda m: m.start)
    starts = {m.start: m.end for m in inside}
    found: set[str] = set()
    for m in inside:
        if _judges(text, m.end, end, starts):
            found.add(m.entity)
    return found


def _judges(text: str, at: int, end: int, starts: dict[int, int]) -> bool:
    pos = at
    for _ in range(_REACH):
        while pos < end and text[pos] == " ":
            pos += 1
        if pos >= end:
            return False
        if pos in starts:
            pos = starts[pos]  # another coordinated name: "Washington and Seoul"
            continue
        stop = text.find(" ", pos, end)
        stop = end if stop == -1 else stop
        word = text[pos:stop].lower()
        if word in _JUDGING:
            return True
        if word not in _BETWEEN and not (word.endswith("ly") and word.isalpha()):
            return False
        pos = stop
    return False
