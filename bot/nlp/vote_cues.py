"""A chamber's vote still to come on a treaty is its planned step: "The Senate will vote on the
treaty next month", "Parliament is expected to vote on Sweden's membership this week". The
stage words alone miss it, as the step is named only by "vote"; like "voted for", the vote
approves, and the chamber's level refines it (a parliament or an upper house ratifies)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import IN_FORCE, STAGE_WORDS, TREATY_NOUNS

_FUTURE = frozenset({"to", "will", "would", "shall"})
_OBJECT_REACH = 5  # "vote on the defence treaty", "vote on Finland's NATO membership"
# Words that name the step voted on ("vote on ratifying it", "on its entry into force"). The
# first words of "in force" are left out alone: "vote on the treaty in April" names a month.
_NAMING = (STAGE_WORDS - {pair[0] for pair in IN_FORCE}) | {"force", "effect"}


def planned_vote_cues(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """An APPROVED cue at each future "vote on" whose object is a treaty noun."""
    if "vote" not in s.words or "on" not in s.words:
        return []  # most treaty sentences: two set tests
    found: list[StepCue] = []
    for i in range(s.start + 1, s.end - 2):
        if s.lowers[i] != "vote" or s.lowers[i + 1] != "on" or s.lowers[i - 1] not in _FUTURE:
            continue
        obj = s.lowers[i + 2 : min(s.clause_end(i + 2), i + 2 + _OBJECT_REACH)]
        if TREATY_NOUNS.isdisjoint(obj) or not _NAMING.isdisjoint(obj):
            continue  # no treaty, or a stage word that names the step ("vote on ratifying")
        if any(c.start in range(i, i + 2 + len(obj)) for c in cues):
            continue
        found.append(StepCue(Stage.APPROVED, i, i + 1, "vote"))
    return found
