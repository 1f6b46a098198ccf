"""A count named by what befell it before the news: "One of three sailors detained by the
navy off the coast last week has been freed", "the 40 fishermen seized in March remain in
jail". A past participle right after the counted noun, its own phrase dated to a past week,
month or year, and then the sentence's verb: the count picks people out by an earlier event,
so it is that event's history, and the news is what the verb tells of them.

Left alone: a fate after the phrase ("seized last week have died": the deaths are news, and
`reduced_relatives` counts them), a participle phrase with no date or a day's date ("detained
on Monday" may be the news), a span up to now ("held since last year" are held still), and a
participle that is the sentence's own verb ("Three sailors detained last week", a headline
with nothing after it)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year, month_of
from bot.nlp.figures import Figure

# Verbs whose participle, after a count of people or things, names how they were taken.
_PARTICIPLES = frozenset(
    {"captured", "detained", "seized", "taken", "arrested", "abducted", "held", "sent",
     "deployed", "dispatched"}
)  # fmt: skip
_REACH = 9  # "captured by Ukraine in Russia's Kursk region last week"
# The sentence's verb right after the dated phrase: the count is its subject.
_VERBS = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "remain", "remains", "remained",
     "told", "said", "say", "says"}
)  # fmt: skip
_FATES = frozenset({"killed", "wounded", "injured", "dead", "died", "slain", "missing"})
_STOPS = frozenset({",", ";", ":", "and", "who", "that", "which", "."})


def dated_participle(s: Sentence, f: Figure) -> bool:
    """Whether a past-dated participle phrase right after the counted noun names the count."""
    k = f.unit_end
    if k >= s.end or s.lowers[k] not in _PARTICIPLES or not s.dates:
        return False  # nearly every figure: one set test
    date = next((d for d in s.dates if k < d.start < k + _REACH), None)
    if date is None or not date.past or _STOPS.intersection(s.lowers[k + 1 : date.start]):
        return False
    words = s.lowers[date.start : date.end]
    if "since" in (words[0], s.lowers[date.start - 1]):
        return False  # "held in Kyiv since last year": a state lasting up to now, not history
    last = s.lowers[date.start - 1] == "last" or words[0] == "last"
    # "in March" alone, with no day: a month gone by ("on March 3" may be the news day).
    month = len(words) == 1 and month_of(s.lowers, date) is not None
    if not (last or month or any(is_year(w) for w in words)):
        return False  # "captured on Monday": a day's date may be the news itself
    after = s.lowers[date.end : date.end + 3]
    if not after or after[0] not in _VERBS:
        return False
    return _FATES.isdisjoint(after)
