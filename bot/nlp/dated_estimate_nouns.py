"""An estimate dated by "from" is an older one, cited: in "the report cites Seoul's estimate
from April that about 4,700 soldiers had been killed" or "an assessment from last year of
some 3,000 dead", the figure is what a source said months before the news, history set beside
it, not a fresh count. The month or period must name the past and the figure must follow as
the estimate's content ("that ...", "of ..."); "an estimate from the NIS" (a source, no date)
is left alone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "assessment", "tally", "count", "figure"})
_CONTENT = frozenset({"that", "of"})
_REACH = 14  # "estimate from April that about 4,700 North Korean soldiers"


def dated_estimate(s: Sentence, f: Figure) -> bool:
    """Whether the figure tells an estimate named "from <a past date>" before it."""
    if "from" not in s.words or _ESTIMATE_NOUNS.isdisjoint(s.words) or not s.dates:
        return False  # the common case: set lookups
    for date in s.dates:
        if not date.past or date.end >= f.start or f.start - date.end > _REACH:
            continue
        noun = date.start - 2
        if noun < s.start or s.lowers[date.start - 1] != "from":
            continue
        if s.lowers[noun] in _ESTIMATE_NOUNS and s.lowers[date.end] in _CONTENT:
            return True
    return False
