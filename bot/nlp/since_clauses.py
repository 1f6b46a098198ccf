"""A date inside a fronted "since" clause is where a running count starts, not when the
figure happened: "Since they first entered combat in December 2024, the contingent has lost
about 7,000 people" tells the total up to now. The clause opens with "since", has a past verb of its
own, reaches the date with no comma between, and the figure's clause after it is a present
perfect ("has lost", "have fired"); "In December 2024, the contingent lost 7,000" stays
history."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.figures import Figure
from bot.nlp.since_starts import since_start

_PERFECT = frozenset({"has", "have"})
_AUXILIARIES = _PERFECT | {"had"}
_IRREGULAR_PASTS = frozenset({"began", "came", "went", "took", "arrived", "fought", "left"})
_BREAKS = frozenset({",", ";", ":"})
# How far back from the date a "since" may open its clause: "since they first entered combat
# in" is six words; a longer reach starts to cross into other clauses.
_REACH = 8


def since_clause_date(s: Sentence, date: DateSpan, f: Figure) -> bool:
    """Whether `date` sits in a "since" clause before the figure whose own clause, after the
    comma closing the "since" clause, is a present perfect."""
    if "since" not in s.words or date.end > f.start:
        return False  # cheap gate: most sentences have no "since", or the date follows
    since = -1
    for k in range(date.start - 1, max(s.start, date.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word == "since":
            since = k
            break
        if word in _BREAKS:
            return False  # "bought 200 since 2022, and in April ...": another clause's date
    # Only a clause with its own past verb dates a start: "since they entered combat in
    # December 2024". "Since Russia's full-scale invasion in February 2022, the US has
    # committed $59 billion" names the war, and its sum stays the story's backdrop.
    # "since the start of the operation in August 2024": a start told as a noun.
    started = since_start(s, date)
    if not started and (since < 0 or not any(_past(w) for w in s.lowers[since + 1 : date.start])):
        return False
    between = s.lowers[date.end : f.start]
    if between and between[0] in _AUXILIARIES and _BREAKS.isdisjoint(between):
        # "losses since the deployment began in late 2024 have exceeded 10,000": the clause
        # ends at its date and the count's own perfect follows, a running total to now ("had"
        # is the same perfect retold after "said").
        return True
    if "," not in between:
        return False  # "since the units entered combat in December 2024 about 7,000 ...": unclear
    close = between.index(",")
    return not _PERFECT.isdisjoint(between[close:])


def _past(word: str) -> bool:
    return word in _IRREGULAR_PASTS or (word.endswith("ed") and len(word) > 4)


def since_inside_count(s: Sentence, date: DateSpan, f: Figure) -> bool:
    """Whether `date` sits in a "since" clause inside the figure's own span, between the count
    noun and its number: "puts North Korean casualties since the deployment began in 2024 at
    some 7,000" (or "... since 2024 at ..."). The clause says where the running count starts;
    the count itself is told now. "7,000 casualties in 2024" has no "since" and stays dated."""
    if not f.start < date.start or date.end >= f.end or "since" not in s.words:
        return False  # nearly every date: outside the figure's span
    for k in range(date.start - 1, max(f.start, date.start - _REACH) - 1, -1):
        word = s.lowers[k]
        if word == "since":
            return True
        if word in _BREAKS:
            return False
    return False
