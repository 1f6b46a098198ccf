"""A step placed a stretch of time before the news: "a year after they signed a defence
treaty", "the visit comes two years after the pact was ratified", "months after parliament
approved the accord". The step is the yardstick the news is measured from, so it is history,
whatever tense it is told in. Days and a single week are left alone: "three days after the
treaty was signed" may still be this week's news.

But a comma setting the wait off the news it measures dates the step too: "The envoy flew
to Beijing on Monday, a week after parliament voted to ratify the treaty", "the president
signed the law Saturday, days after the senate endorsed it". The clause before the comma is
the news; the step after it is the yardstick, however short the wait ("hours after" is left
alone: that may be the same news day's step).

Likewise when the news itself is what "came" after it: "The statement came days after Russia
and North Korea completed ratification", "The signing came shortly after ...". The step is what
the news followed, told as its prelude, however short the wait ("came into force after the
two sides exchanged instruments" is the step itself, not a news item coming after one).
"""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.appositive_verbs import named_aside_opening
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.title_words import title_word

_SPANS = frozenset({"year", "years", "month", "months", "weeks", "decade", "decades"})
_AFTER = frozenset({"after", "since"})
_REACH = 9  # "a year after a mutual defence treaty between Russia and China took"
_BREAKS = frozenset({",", ";", ":", ".", "but", "while"})


def elapsed_before(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    if modality is not Modality.REPORTED or _AFTER.isdisjoint(s.words):
        return modality  # most sentences: no "after" to measure from
    k, stop = cue.start - 1, max(s.start, cue.start - _REACH)
    while k >= stop:
        word = s.lowers[k]
        if word == "," and (opening := named_aside_opening(s, k, proper=True)) is not None:
            # "days after the State Duma, Russia's lower house, voted to ratify": the gloss
            # of the name ends no clause; the reach counts past it.
            stop = max(s.start, stop - (k - opening + 1))
            k = opening - 1
            continue
        if word in _BREAKS:
            break
        named = s.mention_at.get(k)
        if (named is not None and named.start < k) or title_word(s, k):
            # "between Russia and North Korea": a name of several words is one word of the
            # reach, so a step between two long names is still measured from; so is a
            # treaty's title ("the Treaty on Comprehensive Strategic Partnership entered").
            stop = max(s.start, stop - 1)
        if word in _AFTER and k - 1 >= s.start and s.lowers[k - 1] in _SPANS:
            return Modality.BACKGROUND
        if word == "after" and (_news_came(s, k) or _set_off_wait(s, k)):
            return Modality.BACKGROUND
        k -= 1
    return modality


_CAME = frozenset({"came", "comes", "come", "follows", "followed"})
# "came days after", "comes just a week after", "came shortly after": how long after.
_WAITS = frozenset({"days", "day", "week", "a", "just", "only", "shortly", "soon", "hours",
                    "two", "three", "few", "several", "mere"})  # fmt: skip
_MAX_WAIT = 3


def _news_came(s: Sentence, after: int) -> bool:
    """Whether "came", perhaps with a short wait, stands right before the "after" at `after`."""
    k = after - 1
    while k >= s.start and after - k <= _MAX_WAIT and s.lowers[k] in _WAITS:
        k -= 1
    return k >= s.start and s.lowers[k] in _CAME


# ", a week after", ", days after", ", just two weeks after": a wait of days or weeks.
_SHORT_SPANS = frozenset({"days", "week", "weeks"})


def _set_off_wait(s: Sentence, after: int) -> bool:
    """Whether a comma, then a wait of days or weeks, stands right before the "after"."""
    k = after - 1
    if k < s.start or s.lowers[k] not in _SHORT_SPANS:
        return False
    while k - 1 >= s.start and after - k <= _MAX_WAIT and s.lowers[k - 1] in _WAITS:
        k -= 1
    return k - 1 >= s.start and s.lowers[k - 1] == ","
