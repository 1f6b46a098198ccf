"""Another source's count set beside the one just told: "The estimate is lower than Ukraine's
figure of more than 12,000 and close to South Korea's estimate of about 10,500." News
compares estimates of one thing by naming each source's "figure" or "estimate" and its number
alone; the noun the number would count is the one the text counted last ("10,000 North Korean
soldiers"), and so is whose they are. The source's possessive says who counts.

Only a number right after "<name>'s figure/estimate/count/tally of", in a sentence that
compares ("than", "close to", "compared with"), after a count of people or things: "the
bill's cost of 400" has no estimate noun, and "Ukraine's estimate of 12,000" told alone is
left to the readers of its own sentence."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import MEASURED, Implied, bare_number_at, same_as
from bot.nlp.context import Sentence

_ESTIMATES = frozenset({"figure", "estimate", "count", "tally", "assessment", "number"})
_POSSESSIVES = frozenset({"'s", "’s"})
# Words that set one figure against another.
_COMPARING = frozenset(
    {"than", "close", "compared", "against", "versus", "near", "similar", "below", "above",
     "unlike", "matching"}
)  # fmt: skip


def compared_source_count(s: Sentence, i: int, previous: Quantity | None) -> Implied | None:
    """The figure of a source's compared estimate whose number starts at token i."""
    if previous is None or previous.value is None or previous.category in MEASURED:
        return None
    if "of" not in s.words or _ESTIMATES.isdisjoint(s.words) or _COMPARING.isdisjoint(s.words):
        return None  # nearly every sentence: no compared estimate
    n = bare_number_at(s, i)
    if n is None or n.start - 3 < s.start:
        return None
    lowers = s.lowers
    if lowers[n.start - 1] != "of" or lowers[n.start - 2] not in _ESTIMATES:
        return None
    if lowers[n.start - 3] not in _POSSESSIVES or n.start - 4 not in s.mention_at:
        return None  # "its estimate of 3,000": an earlier estimate of the same source
    return same_as(n, previous), previous.actor
