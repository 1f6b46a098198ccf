"""A figure a recent briefing told in the present perfect: "the agency said last week that
some 4,700 have been killed or wounded", "X has estimated that about 15,000 soldiers have
been sent in total, the agency said in a briefing earlier this month". The present perfect
counts up to now, as "so far" or "still" does (`recent_briefings._present`), so the count
is the latest word on the measure and stays news.

Only the figure's own verb, right after it, is read: the count is its subject ("4,700 of
them have been killed", "15,000 soldiers have been sent"). "has estimated that 300 had been
killed" puts the present perfect on the verb of saying, a past perfect ("had been killed")
is an account overtaken since, and a verb past a comma or "and" ('"several hundred" killed,
and officials have said ...') belongs to another clause. "the North has shipped 13,000"
(the figure the verb's object) is left to the date rules, which read it as the briefing's
history."""

from __future__ import annotations

_HAVE = frozenset({"has", "have", "'ve"})
# "15,000 North Korean soldiers have been sent": the words a subject may run to its verb.
_REACH = 6
# A clause break, or a past verb of the figure's own ("300 were killed", "had been").
_BREAKS = frozenset(
    {",", ";", "and", "or", "but", "while", "whereas", "than", "had", "were", "was"}
)
# Words that may stand between "have" and its participle: "have so far been", "have not".
_BETWEEN = frozenset({"also", "already", "so", "far", "now", "reportedly", "likely"})
# Irregular participles a count is told with; regular ones end in "-ed".
_PARTICIPLES = frozenset(
    {"been", "fallen", "risen", "grown", "seen", "sent", "lost", "gone", "died", "come",
     "left", "taken", "put"}
)  # fmt: skip


def perfect_count(lowers: list[str], figure: int, hi: int) -> bool:
    """Whether the figure at token `figure` (its claim ending before `hi`) is the subject of
    a present perfect: "that some 4,700 of them have been killed"."""
    for k in range(figure + 1, min(hi, figure + 1 + _REACH) - 1):
        if lowers[k] in _BREAKS:
            return False  # another clause's verb
        if lowers[k] not in _HAVE:
            continue
        j = k + 1
        while j < hi and lowers[j] in _BETWEEN:
            j += 1
        return j < hi and (lowers[j] in _PARTICIPLES or lowers[j].endswith("ed"))
    return False
