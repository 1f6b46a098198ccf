"""An entry into force named as the goal of procedures, no step of its own.

Ratification stories close with the formalities that remain: "notified the other side of
the completion of the domestic procedures for the agreement's entry into force", "the
procedures necessary for its entry into force". The noun names what the procedures are
for; the treaty takes effect later (often told in the next sentence with "will"), so the
noun reports no step.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

# What a treaty's entry into force is the goal of: the formalities, or a word saying they
# are needed for it.
_FORMALITIES = frozenset(
    {"procedure", "procedures", "formalities", "requirements", "conditions", "necessary",
     "required", "needed", "steps", "measures", "preparations"}
)  # fmt: skip
# Between "for" and "entry": an owner ("its", "the agreement's") or an article.
_OWNER_REACH = 4
_GOAL_REACH = 3  # "procedures necessary for", "domestic procedures required for"


def entry_as_goal(s: Sentence, cue: StepCue) -> bool:
    """Whether the "entry into force" at `cue` is what procedures are for: "the procedures
    for its entry into force", "the steps needed for the treaty's entry into force"."""
    lowers = s.lowers
    entry = cue.start - 1
    if entry <= s.start or lowers[entry] != "entry" or "for" not in s.words:
        return False
    for k in range(entry - 1, max(s.start, entry - 1 - _OWNER_REACH), -1):
        if lowers[k] == "for":
            return not _FORMALITIES.isdisjoint(lowers[max(s.start, k - _GOAL_REACH) : k])
        if not (lowers[k] in {"its", "the", "this", "'s", "’s"} or s.texts[k].isalpha()):
            return False  # a comma or a number: the clause before is another's
    return False
