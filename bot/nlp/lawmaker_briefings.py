"""A count of those sent that an agency gave lawmakers within the past week: "the NIS told
lawmakers last week that North Korea had sent about 15,000 troops to Russia". A briefing to
a parliament's committee is the agency's periodic assessment of the whole deployment, so its
"had sent" / "has sent" / "had been sent" is the total to date, as "so far" would say
(`recent_briefings._present`), and stays news. A spokesman who "said last week" that troops
"had been sent" tells the step, left to the date rules; so is a count the clause dates to a
month ("had sent 3,000 in January"), which `current_figure` still reads after this."""

from __future__ import annotations

from bot.nlp.context import Sentence

_TELLING = frozenset({"told", "briefed", "informed"})
# Who a parliamentary briefing is given to.
_LAWMAKERS = frozenset(
    {"lawmakers", "legislators", "parliament", "parliamentarians", "mps", "deputies",
     "committee", "assembly"}
)  # fmt: skip
_LISTENER_REACH = 4  # "told a closed-door parliamentary committee"
# The verbs of a dispatch whose count a briefing totals. Not "deployed": "had been deployed
# to the Kursk region" moves troops to a front, a step of the war, not the total sent.
_DISPATCHED = frozenset({"sent", "dispatched"})
# "had sent" as told then, and "has sent" as the briefing puts it now: both the total to date.
_PERFECT = frozenset({"had", "has", "have", "been"})


def briefed_dispatch(s: Sentence, verb: int, lo: int, hi: int) -> bool:
    """Whether the recent verb at `verb` briefs lawmakers, and the figure's clause [lo, hi)
    tells a dispatch in the perfect ("had sent", "had been dispatched")."""
    if s.lowers[verb] not in _TELLING:
        return False
    listeners = s.lowers[verb + 1 : min(s.end, verb + 1 + _LISTENER_REACH)]
    if _LAWMAKERS.isdisjoint(listeners):
        return False
    words = s.lowers[lo:hi]
    return any(
        w in _DISPATCHED and k > 0 and words[k - 1] in _PERFECT for k, w in enumerate(words)
    )
