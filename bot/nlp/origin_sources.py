"""A source introduced as where a report comes from: "Two bulletins tell the war. The first
comes from the General Staff of the Armed Forces of Ukraine. On Tuesday it read: the losses
of the enemy amounted to 1,120 personnel." The sentence names who publishes the figures that
follow without a reporting verb, so no claim cue finds it; the next sentence's unattributed
figures are that source's account, as after "..., the ministry said."

Only a report noun or an ordinal standing for one ("the first", "the latest") may come from
the source: "The threat comes from Russia" names no one's account."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.lexicon import CLAUSE_BREAKS
from bot.nlp.source_label_lines import label_line_source

_COME = frozenset({"comes", "come", "came"})
# What "comes from" a source when the source is the one telling the figures.
_ACCOUNTS = frozenset(
    {"bulletin", "bulletins", "report", "reports", "figure", "figures", "estimate",
     "estimates", "data", "tally", "tallies", "count", "numbers", "statement", "update",
     "first", "second", "third", "other", "latest"}
)  # fmt: skip
# "The first comes from", "The daily tally of losses comes from": a short subject.
_MAX_SUBJECT = 6
_NAME_ENDS = frozenset({",", ".", "and", "on", "in", "via"}) | CLAUSE_BREAKS


def may_name_origin(lowers: list[str], start: int, end: int) -> bool:
    """Whether the sentence may be "The first comes from X": a verb of coming early on. One
    short scan, for sentences no rule reads."""
    return any(w in _COME for w in lowers[start : min(end, start + _MAX_SUBJECT + 1)])


def origin_source(s: Sentence) -> Claimant | None:
    """X of "The first comes from X", "The figures come from X", or of a label line "X:"
    over X's figures (`source_label_lines`); None for any other sentence."""
    if not s.mentions:
        return None
    if (labelled := label_line_source(s)) is not None:
        return labelled
    if _COME.isdisjoint(s.words):
        return None  # most sentences: no verb of coming, told by one set test
    lowers = s.lowers
    top = min(s.end - 2, s.start + _MAX_SUBJECT + 1)
    verb = next((k for k in range(s.start + 1, top) if lowers[k] in _COME), None)
    if verb is None or lowers[verb + 1] != "from":
        return None
    if _ACCOUNTS.isdisjoint(lowers[s.start : verb]):
        return None
    start = verb + 2
    end = next((k for k in range(start, s.end) if lowers[k] in _NAME_ENDS), s.end)
    if not s.mentions_between(start, end):  # "from the General Staff of ... Ukraine"
        return None  # "from a source close to the talks": no one a watch could name
    return name_claimant(s, start, end)
