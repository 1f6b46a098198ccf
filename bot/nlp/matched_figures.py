"""A second source giving the figure another has just given: "Ukraine's military
intelligence gives the same total of about 15,000", "the army gave an almost identical figure
of 2,000 dead", "the ministry offered a similar estimate of 900".

"Give" is no reporting verb, yet with a figure noun as its object its subject is the figure's
source. And a figure told as the same as, or like, the one before counts the same side's
people: "Ukraine's military intelligence" names the source, not whose troops they are.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import Sentence

GIVING_VERBS = frozenset(
    {"gives", "gave", "give", "giving", "given", "offered", "offers", "provided", "provides"}
)
_FIGURE_NOUNS = frozenset({"figure", "total", "estimate", "number", "tally", "count", "toll"})
_SAME = frozenset({"same", "similar", "identical", "comparable", "matching"})
_REACH = 5  # "gave an almost identical figure"


def given_figure_cues(s: Sentence) -> list[ClaimCue]:
    """Claim cues for "X gives/gave (the same) figure": the subject of "give" is a source."""
    if GIVING_VERBS.isdisjoint(s.words) or _FIGURE_NOUNS.isdisjoint(s.words):
        return []  # most sentences: no giving of a figure
    cues: list[ClaimCue] = []
    # Not `s.positions`: "give" is no trigger word, so the sentence's hits never hold it.
    for i in (k for k in range(s.start, s.end) if s.lowers[k] in GIVING_VERBS):
        if _figure_object(s, i + 1) is None:
            continue
        cue = claim_at(s, i, denied=False)
        if cue is not None and cue.start < i:
            cues.append(cue)
    return cues


def _figure_object(s: Sentence, first: int) -> int | None:
    """The figure noun that is the object starting at token `first`, followed by "of" and the
    number ("the same total of about 15,000")."""
    for k in range(first, min(s.end - 1, first + _REACH)):
        word = s.lowers[k]
        if word in _FIGURE_NOUNS:
            return k if s.lowers[k + 1] == "of" else None
        if not word.isalpha():
            return None
    return None


def matched_actors(
    s: Sentence, quantities: list[Quantity], previous: Quantity | None
) -> list[Quantity]:
    """A figure told as "the same total of", "a similar figure of" takes the side of the
    figure it matches: the one before it in the sentence, or the article's last."""
    if _SAME.isdisjoint(s.words) or _FIGURE_NOUNS.isdisjoint(s.words):
        return quantities
    text = s.tokens.text
    for k, q in enumerate(quantities):
        matched = quantities[k - 1] if k else previous
        if matched is None or matched.actor is None or matched.category != q.category:
            continue
        lead = text[max(0, q.start - 60) : q.start].lower().split()[-_REACH:]
        if lead[-1:] != ["of"] or len(lead) < 2 or lead[-2] not in _FIGURE_NOUNS:
            continue
        if not _SAME.isdisjoint(lead[:-2]):
            quantities[k] = replace(q, actor=matched.actor)
    return quantities
