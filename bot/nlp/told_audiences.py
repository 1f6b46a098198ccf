""" "The agency told lawmakers last week that ...": a telling verb names its audience before
the date of the briefing, so the date that makes the claim history sits past the audience.
Only a short run of plain words counts as one ("told reporters", "briefed the committee");
anything else keeps the date next to the verb."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import MONTHS

_TELLING = frozenset({"told", "briefed", "informed"})
_TELLING_TO = frozenset({"reported", "said", "explained", "presented", "disclosed"})
_NOT_AUDIENCE = frozenset({"that"})
# "told a South Korean broadcaster last week": one outlet, an interview; its count is as old
# as the interview, but a forecast made in it stays a forecast (`outlet_audience`).
_ONE_OUTLET = frozenset({"a", "an"})
_AUDIENCE_REACH = 4  # "told the parliamentary intelligence committee last week"


def past_audience(s: Sentence, verb: int) -> int:
    """The token where the verb's own date may start: right after it, or after its audience."""
    k = verb + 1
    first = k
    if s.lowers[verb] not in _TELLING:
        # "reported to lawmakers last week": the audience comes after "to".
        if s.lowers[verb] not in _TELLING_TO or s.lowers[k : k + 1] != ["to"]:
            return k
        first = k + 1
    starts = {d.start for d in s.dates}
    for j in range(first, min(s.end, first + _AUDIENCE_REACH + 1)):
        if j in starts:
            return j
        if s.lowers[j] in {"in", "on"}:
            return _past_place(s, j, starts)
        if not s.lowers[j].isalpha() or s.lowers[j] in _NOT_AUDIENCE:
            return k
    return k


# "told lawmakers in Seoul in April": the briefing's place, a name of a word or two.
_PLACE_WORDS = 2
# "last month", "earlier this month", "last September": relative dates with no preposition.
_BARE_DATES = frozenset({"last", "earlier", "this", "previous"})


def _beyond_week(s: Sentence, k: int) -> bool:
    """Whether the bare date at `k` names a month or year ("last month", "last May"), not
    a week or a weekday."""
    # "last September": the dates may start at the month itself, past "last".
    date = next((d for d in s.dates if d.start in (k, k + 1)), None)
    if date is None or (date.start == k + 1 and s.lowers[k] != "last"):
        return False
    last = s.lowers[date.end - 1]
    return last in {"month", "year"} or last in MONTHS


def _past_place(s: Sentence, k: int, starts: set[int]) -> int:
    """The "in"/"on" at `k`, or past the place it names when a date follows that place
    ("told lawmakers in Seoul in April"); a place with no date after it dates nothing."""
    if k + 1 in starts or s.lowers[k] != "in":
        return k
    for j in range(k + 1, min(s.end - 1, k + 1 + _PLACE_WORDS)):
        if not s.texts[j][:1].isupper() or j in starts:
            return k
        after = j + 1
        if s.lowers[after] in {"in", "on"} and after + 1 in starts:
            return after
        # "told lawmakers in Seoul last month": a bare date right past the place is the
        # briefing's as surely as one right past the audience. Not "in Seoul last week":
        # a forecast told to reporters a week ago is still read as the latest word.
        if s.lowers[after] in _BARE_DATES and _beyond_week(s, after):
            return after
    return k


def outlet_audience(s: Sentence, verb: int) -> bool:
    """"told a Ukrainian newspaper last month that ...": the audience is one outlet."""
    return s.lowers[verb] in _TELLING and s.lowers[verb + 1 : verb + 2] != [] and (
        s.lowers[verb + 1] in _ONE_OUTLET
    )
