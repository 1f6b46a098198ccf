"""A figure a source gave within the past week or so: "the agency told lawmakers last week
that about 10,000 troops were still in Russia". A briefing that recent is the latest word on
the measure, so a count or state it gives is reported, not background, as a briefing dated
last month or in July is. What stays background: a past-perfect telling ("had said last week",
an account the writer has moved past), a figure its own clause dates to an earlier period
("killed in December alone"), and a figure set against a newer one ("up from the 3,000 it
reported last week", told by the rules that date it). Only figures: a treaty step dated last
week is still a past step.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.models import Modality, Quantity
from bot.nlp.compared_dates import compared_date
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, period_preposition
from bot.nlp.lawmaker_briefings import briefed_dispatch
from bot.nlp.lexicon import WEEKDAYS
from bot.nlp.perfect_counts import perfect_count

# The phrasings of a date within the past week or two: "last week", "earlier this week",
# "on Monday last week", "last Friday"; and "earlier this month", a briefing of the news's
# own month (a claim "said this month" is the month's news), so its count of how things
# stand is as current as last week's.
_RECENT = (["last", "week"], ["earlier", "this", "week"], ["earlier", "this", "month"])
# "since the troops entered combat in early December": the start of a count to date.
_COUNT_STARTS = frozenset({"since", "from"})
# "10,000 were still there and that 3,000 had been rotated home": where the figure's claim
# ends ("killed and 1,000 wounded in December" is still one claim).
_CLAUSE_ENDS = frozenset({";", "that", "but", "while", "whereas"})


def recent_date(s: Sentence, date: DateSpan) -> bool:
    """Whether the date names the past week or so, not an earlier month or year."""
    words = s.lowers[date.start : date.end]
    if words and words[0] in WEEKDAYS:
        words = words[1:]  # "Tuesday last week"
    if words in _RECENT:
        return True
    return len(words) == 2 and words[0] == "last" and words[1] in WEEKDAYS


def current_figure(s: Sentence, verb: int, date: DateSpan, q: Quantity) -> bool:
    """Whether a figure the recent verb at `verb` (dated by `date`) tells stays news: the
    verb is no past perfect, the figure's own clause says it holds now or counts up to now,
    and names no earlier period."""
    if q.modality is not Modality.REPORTED:
        return False  # "could reach 10,000 by December": last week's forecast, no state
    if s.lowers[verb - 1] in {"had", "'d"}:
        return False  # "had said last week": told as an account overtaken since
    figure = bisect_left(s.tokens.idxs, q.start)
    if figure < verb:
        # "About 10,000 are now in Russia, Blinken said last week.": the claim ends at the
        # verb; "up from the 3,000 it reported last week" sets an older figure against a newer.
        lo, hi = s.start, verb
        if _SUPERSEDED.intersection(s.lowers[max(s.start, figure - _REACH) : figure]):
            return False
    else:
        lo = next((k + 1 for k in range(figure - 1, verb, -1) if s.lowers[k] == "that"), verb)
        hi = next((k for k in range(figure + 1, s.end) if s.lowers[k] in _CLAUSE_ENDS), s.end)
    near = s.lowers[max(lo, figure - _REACH) : figure]
    if "including" in near:
        near = s.lowers[lo:figure]  # "had reached some 5,000, including about 1,500 dead"
    if not _present(s.lowers[lo:hi]) and _TOTAL_VERBS.isdisjoint(near) and not perfect_count(
        s.lowers, figure, hi
    ) and not briefed_dispatch(s, verb, lo, hi):  # "told lawmakers last week ... had sent N"
        return False  # "had shipped 1,500 to Vladivostok": a past step, its count no state
    for d in s.dates:
        if d == date or not lo <= d.start < hi or compared_date(
            s.lowers, figure + 1, d.start, s.dates
        ):
            continue  # "down from a peak of 15,000 in 2025": the older figure's date
        if period_preposition(s.lowers, d, lo) in _COUNT_STARTS or "since" in s.lowers[
            lo : d.start
        ]:
            continue  # "since October", "since the troops entered combat in December"
        if "this" in s.lowers[d.start : d.end]:
            continue  # "had sent 1,500 more early this year": the current period, to date
        return False  # "killed in December alone": that month's count
    return True


# "some 10,000 were still deployed", "had been sent so far", "casualties had reached 4,000":
# words that make a count a state of the present or a total up to it.
_PRESENT_WORDS = frozenset({"still", "remain", "remains", "remained", "now", "currently",
                            "already", "since"})
# "losses had reached some 5,000", "had grown to about 695,000": a total up to now, when the
# figure is the verb's own ("had reached the border" is a move, no total).
# "losses had passed 8,000", "had surpassed 6,000": a threshold crossed is a total as well.
_TOTAL_VERBS = frozenset({"reached", "exceeded", "topped", "grown", "risen", "climbed",
                          "totalled", "totaled", "numbered", "passed", "surpassed"})
_STATE_VERBS = frozenset({"is", "are", "was", "were"})
# "were in the Kursk region", "are at bases near", "were training at five bases".
_STATE_PLACES = frozenset({"in", "inside", "near", "at", "on", "there"})
_SUPERSEDED = frozenset({"from", "than", "double", "triple", "twice"})
_REACH = 4  # "up sharply from the 3,000"


def _present(words: list[str]) -> bool:
    if not _PRESENT_WORDS.isdisjoint(words):
        return True
    if any(words[k : k + 2] in (["so", "far"], ["to", "date"]) for k in range(len(words))):
        return True
    return any(w in _STATE_VERBS and k + 1 < len(words) and (
        words[k + 1] in _STATE_PLACES or words[k + 1].endswith("ing")
    ) for k, w in enumerate(words))  # fmt: skip
